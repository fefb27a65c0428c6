import { guardFor, IamError } from './IamError.js';

/** The request never got an HTTP response: DNS, refused or dropped connection, TLS. Retried by default. */
export class IamNetworkError extends IamError {
  override name = 'IamNetworkError';
  readonly retryable = true;
}

export const isIamNetworkError = /* @__PURE__ */ guardFor<IamNetworkError>('IamNetworkError');
