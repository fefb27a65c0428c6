const NAMES = new Set([
  'ProviderConfigError',
  'InvalidConnectionError',
  'UnsupportedRegionError',
  'EndpointResolutionError',
  'CredentialsError',
]);

/**
 * Base class of every error this package throws. Messages name the field or source at fault and never
 * contain a secret.
 *
 * @example
 * ```ts
 * try { resolveEndpoint({ service: 'iam', region: 'eu-west-1.evil.com' }); }
 * catch (error) { if (isProviderConfigError(error)) console.error(error.message); }
 * ```
 */
export class ProviderConfigError extends Error {
  override name = 'ProviderConfigError';
}

/**
 * True for any error of this package, including copies loaded from the other module format (compares
 * `name`, not the prototype chain).
 */
export function isProviderConfigError(error: unknown): error is ProviderConfigError {
  return error instanceof Error && NAMES.has(error.name);
}
