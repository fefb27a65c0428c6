import { AwsError, guardFor } from './AwsError.js';

/**
 * No usable credentials: none configured for a signed operation, a provider that failed or answered with
 * something unusable, expired credentials, or a session token that cannot go in a header. The provider's
 * or signer's own error is the `cause`. Never retried; the message never quotes a secret.
 */
export class AwsCredentialsError extends AwsError {
  override name = 'AwsCredentialsError';
}

export const isAwsCredentialsError = /* @__PURE__ */ guardFor<AwsCredentialsError>('AwsCredentialsError');
