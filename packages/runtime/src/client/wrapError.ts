import { AwsConfigError } from '../errors/AwsConfigError.js';
import { AwsCredentialsError } from '../errors/AwsCredentialsError.js';
import { isAwsError } from '../errors/AwsError.js';

// Errors of @iamkit/signer and @iamkit/provider-config, by name (they may come from another bundled copy).
const CREDENTIALS = new Set(['InvalidCredentialsError', 'CredentialsError']);
const CONFIG = new Set([
  'InvalidRequestError',
  'InvalidDateError',
  'InvalidExpiryError',
  'SignerError',
  'ProviderConfigError',
  'InvalidConnectionError',
  'UnsupportedRegionError',
  'EndpointResolutionError',
]);

/**
 * Brings an error from outside the runtime into its family, the original as `cause`, so one guard holds
 * for everything a call throws. The signer's and provider-config's messages name the field at fault and
 * never a secret, so they are kept; anything else came from `source` (a credentials provider, a custom
 * signer), whose message is not ours to vouch for and is left in `cause` only.
 */
export const wrapError = (
  error: unknown,
  source: string,
  Fallback: typeof AwsCredentialsError | typeof AwsConfigError = AwsCredentialsError,
): Error => {
  if (isAwsError(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  if (CREDENTIALS.has(name)) return new AwsCredentialsError(message, { cause: error });
  if (CONFIG.has(name)) return new AwsConfigError(message, { cause: error });
  return new Fallback(`The ${source} failed (${name || typeof error}); see \`cause\``, {
    cause: error,
  });
};
