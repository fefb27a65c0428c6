import { guardFor, IamError } from './IamError.js';

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. Never retried. */
export class IamAbortError extends IamError {
  override name = 'IamAbortError';
}

export const isIamAbortError = /* @__PURE__ */ guardFor<IamAbortError>('IamAbortError');
