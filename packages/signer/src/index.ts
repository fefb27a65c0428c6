/**
 * @iamkit/signer: AWS Signature Version 4 for every JavaScript runtime. This entry uses WebCrypto;
 * under the `node` export condition the package resolves to `index.node.ts` (node:crypto).
 */
export type { CryptoBackend, MaybePromise } from './backends/CryptoBackend.js';
export { webCryptoBackend } from './backends/webCryptoBackend.js';
export { UNSIGNED_HEADERS } from './constants.js';
export { createSigner } from './createSigner.js';
export { type Credentials, type CredentialsProvider, REFRESH_WINDOW_MS } from './credentials.js';
export { type ExplainOptions, explain } from './explain.js';
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
export type { HeaderMap, HeaderValue } from './steps/canonicalHeaders.js';
export { computeSignature } from './steps/computeSignature.js';
export { type CanonicalRequestOptions, createCanonicalRequest } from './steps/createCanonicalRequest.js';
export { createStringToSign, credentialScope } from './steps/createStringToSign.js';
export { getSigningKey } from './steps/getSigningKey.js';
export { type DateInput, toAmzDate } from './steps/toAmzDate.js';
export { uriEscape } from './steps/uriEscape.js';
export type {
  Body,
  Explanation,
  PresignOptions,
  SignableRequest,
  SignedRequest,
  Signer,
  SignerOptions,
  SignOptions,
} from './types.js';
