import { AwsError, guardFor } from './AwsError.js';

/**
 * The request got no complete HTTP response: DNS, a refused or dropped connection (also after the
 * response headers), TLS. Retried by default. The message names the host; `cause` is the transport's error.
 */
export class AwsNetworkError extends AwsError {
  override name = 'AwsNetworkError';
  readonly retryable = true;
}

export const isAwsNetworkError = /* @__PURE__ */ guardFor<AwsNetworkError>('AwsNetworkError');
