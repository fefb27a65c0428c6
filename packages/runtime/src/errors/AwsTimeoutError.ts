import { AwsError, guardFor } from './AwsError.js';

/** Which deadline ran out. */
export type TimeoutScope = 'attempt' | 'total' | 'waiter';

/**
 * A timeout: `attempt` when one attempt (signing, request and the whole body) exceeded `timeout`
 * (retried while attempts remain), `total` when `totalTimeout` ended the call, retries included,
 * `waiter` when a waiter's `maxWaitMs` ran out.
 */
export class AwsTimeoutError extends AwsError {
  override name = 'AwsTimeoutError';
  declare readonly scope: TimeoutScope;
  declare readonly timeoutMs: number;
  declare readonly retryable: boolean;
  constructor(scope: TimeoutScope, timeoutMs: number, options?: ErrorOptions) {
    // e.g. "total timeout of 5000 ms exceeded"
    super(`${scope} timeout of ${timeoutMs} ms exceeded`, options);
    Object.assign(this, { scope, timeoutMs, retryable: scope === 'attempt' });
  }
}

export const isAwsTimeoutError = /* @__PURE__ */ guardFor<AwsTimeoutError>('AwsTimeoutError');
