import { AwsError, guardFor } from './AwsError.js';

/**
 * Invalid client configuration (endpoint, region, timeouts, clock) or operation input, detected before
 * anything is sent. Errors of `@iamkit/provider-config` arrive wrapped in it, the original as `cause`.
 */
export class AwsConfigError extends AwsError {
  override name = 'AwsConfigError';
}

export const isAwsConfigError = /* @__PURE__ */ guardFor<AwsConfigError>('AwsConfigError');
