import { ProviderConfigError } from './ProviderConfigError.js';

/**
 * A connection field (`region`, `apiSubdomain`, `endpoint`, the credentials' shape...) failed validation.
 * Thrown before any URL is built.
 *
 * @example
 * ```ts
 * resolveEndpoint({ service: 'cognito-idp', region: 'us-east-1', apiSubdomain: 'idp.evil.com' });
 * // InvalidConnectionError: apiSubdomain ... is not one of idp.REGION, cognito-idp.REGION, ...
 * ```
 */
export class InvalidConnectionError extends ProviderConfigError {
  override name = 'InvalidConnectionError';

  constructor(
    /** The option that was rejected, e.g. `region` or `connection_config.apiSubdomain`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Type guard comparing `name`, so it works across ESM and CJS copies of this package. */
export function isInvalidConnectionError(error: unknown): error is InvalidConnectionError {
  return error instanceof Error && error.name === 'InvalidConnectionError';
}
