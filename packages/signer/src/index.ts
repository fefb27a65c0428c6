/**
 * @iamkit/signer: AWS Signature Version 4 for every JavaScript runtime. This entry uses WebCrypto;
 * under the `node` export condition the package resolves to `index.node.ts` (node:crypto).
 */
export { type DateInput, toAmzDate } from './amzDate.js';
export type { CryptoBackend, MaybePromise } from './CryptoBackend.js';
export { type HeaderMap, type HeaderValue, UNSIGNED_HEADERS } from './canonicalHeaders.js';
export { computeSignature } from './computeSignature.js';
export { type CanonicalRequestOptions, createCanonicalRequest } from './createCanonicalRequest.js';
export { createSigner, type Signer, type SignerOptions } from './createSigner.js';
export { type Credentials, type CredentialsProvider, REFRESH_WINDOW_MS } from './credentials.js';
export { type ExplainOptions, explain } from './explain.js';
export { getSigningKey } from './getSigningKey.js';
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
export { createStringToSign, credentialScope } from './stringToSign.js';
export type {
  Body,
  Explanation,
  PresignOptions,
  SignableRequest,
  SignedRequest,
  SignOptions,
} from './types.js';
export { uriEscape } from './uriEscape.js';
export { webCryptoBackend } from './webCryptoBackend.js';
