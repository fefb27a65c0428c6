import { guardFor, IamError } from './IamError.js';

/** The response was not the XML AWS sends: malformed, a DOCTYPE, or larger than `maxResponseBytes`. */
export class IamParseError extends IamError {
  override name = 'IamParseError';
}

export const isIamParseError = /* @__PURE__ */ guardFor<IamParseError>('IamParseError');
