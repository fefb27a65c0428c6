import { AwsError, guardFor } from './AwsError.js';

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. Never retried. */
export class AwsAbortError extends AwsError {
  override name = 'AwsAbortError';
}

export const isAwsAbortError = /* @__PURE__ */ guardFor<AwsAbortError>('AwsAbortError');
