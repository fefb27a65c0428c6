import { guardFor, IamError } from './IamError.js';

/** Which deadline ran out. */
export type IamTimeoutScope = 'attempt' | 'total' | 'waiter';

const MESSAGES: Record<IamTimeoutScope, string> = {
  attempt: 'IAM request attempt timed out after',
  total: 'IAM call did not finish within its total timeout of',
  waiter: 'IAM waiter gave up: the resource was not ready within',
};

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
    super(`${MESSAGES[scope]} ${timeoutMs} ms`, options);
    Object.assign(this, { scope, timeoutMs, retryable: scope === 'attempt' });
  }
}

export const isIamTimeoutError = /* @__PURE__ */ guardFor<IamTimeoutError>('IamTimeoutError');
