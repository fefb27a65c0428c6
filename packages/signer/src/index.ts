/**
 * @iamkit/signer: AWS Signature Version 4 for every JavaScript runtime.
 */
export { type DateInput, toAmzDate } from './amzDate.js';
export { type HeaderMap, type HeaderValue, UNSIGNED_HEADERS } from './canonicalHeaders.js';
export { type CanonicalRequestOptions, createCanonicalRequest } from './createCanonicalRequest.js';
export {
  InvalidCredentialsError,
  InvalidDateError,
  InvalidExpiryError,
  InvalidRequestError,
  isInvalidCredentialsError,
  isInvalidDateError,
  isInvalidExpiryError,
  isInvalidRequestError,
  isSignerError,
  SignerError,
} from './SignerError.js';
export type { Body, Explanation, PresignOptions, SignableRequest, SignedRequest, SignOptions } from './types.js';
export { uriEscape } from './uriEscape.js';
