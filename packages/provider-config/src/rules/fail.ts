import { EndpointResolutionError } from '../errors/EndpointResolutionError.js';

/** What a compiled rule set does on an error rule (or no matching rule): throw, with the rules' message. */
export function fail(message: string): never {
  throw new EndpointResolutionError(message);
}
