import { guardFor, IamError } from './IamError.js';

/** Which deadline ran out. */
export type IamTimeoutScope = 'attempt' | 'total' | 'waiter';

/**
 * A timeout: `attempt` when one attempt exceeded `timeout` (retried while attempts remain), `total`
 * when `totalTimeout` ended the whole call, retries included, `waiter` when a waiter's `maxWaitMs` ran out.
 */
export class IamTimeoutError extends IamError {
  override name = 'IamTimeoutError';
  declare readonly scope: IamTimeoutScope;
  declare readonly timeoutMs: number;
  declare readonly retryable: boolean;
  constructor(scope: IamTimeoutScope, timeoutMs: number, options?: ErrorOptions) {
    // e.g. "IAM total timeout of 5000 ms exceeded"
    super(`IAM ${scope} timeout of ${timeoutMs} ms exceeded`, options);
    Object.assign(this, { scope, timeoutMs, retryable: scope === 'attempt' });
  }
}

export const isIamTimeoutError = /* @__PURE__ */ guardFor<IamTimeoutError>('IamTimeoutError');
