import { ProviderConfigError } from './ProviderConfigError.js';

/**
 * AWS's endpoint rule set itself refused the combination, e.g. `Invalid Configuration: FIPS and custom
 * endpoint are not supported` or `DualStack is enabled but this partition does not support DualStack`.
 * The message is the rule set's own.
 *
 * @example
 * ```ts
 * resolveEndpoint({ service: 'sts', region: 'us-east-1', useFips: true, endpoint: 'https://example.com' });
 * // EndpointResolutionError: Invalid Configuration: FIPS and custom endpoint are not supported
 * ```
 */
export class EndpointResolutionError extends ProviderConfigError {
  override name = 'EndpointResolutionError';
}

/** Type guard comparing `name`, so it works across ESM and CJS copies of this package. */
export function isEndpointResolutionError(error: unknown): error is EndpointResolutionError {
  return error instanceof Error && error.name === 'EndpointResolutionError';
}
