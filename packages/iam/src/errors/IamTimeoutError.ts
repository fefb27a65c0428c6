import { guardFor, IamError } from './IamError.js';

/**
 * A timeout: `scope: 'attempt'` when one attempt exceeded `timeout` (retried while attempts remain),
 * `scope: 'total'` when `totalTimeout` ended the whole call, retries included.
 */
export class IamTimeoutError extends IamError {
  override name = 'IamTimeoutError';
  readonly scope: 'attempt' | 'total';
  readonly retryable: boolean;
  constructor(scope: 'attempt' | 'total', timeoutMs: number, options?: ErrorOptions) {
    super(
      scope === 'total'
        ? `IAM call did not finish within the total timeout of ${timeoutMs} ms`
        : `IAM request attempt timed out after ${timeoutMs} ms`,
      options,
    );
    this.scope = scope;
    this.retryable = scope === 'attempt';
  }
}

export const isIamTimeoutError = guardFor<IamTimeoutError>('IamTimeoutError');
