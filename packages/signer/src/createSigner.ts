import type { CryptoBackend } from './backends/CryptoBackend.js';
import type { Credentials, CredentialsProvider } from './credentials.js';
import { compactParts } from './parts/SigningParts.js';
import { makeSigner } from './signer/makeSigner.js';
import type { PresignOptions, SignableRequest, SignedRequest, SignOptions } from './types.js';

export { makeSigner } from './signer/makeSigner.js';

/**
 * Options of {@link createSigner}.
 *
 * @example
 * ```ts
 * const options: SignerOptions = { credentials: { accessKeyId, secretAccessKey }, region: 'us-east-1', service: 'iam' };
 * ```
 */
export interface SignerOptions {
  /**
   * Static credentials (refused once their `expiration` has passed), or a provider called again
   * when they are about to expire.
   */
  readonly credentials: Credentials | CredentialsProvider;
  readonly region: string;
  /** The signing name of the service: `iam`, `cognito-idp`, `sts`, `s3`, `execute-api`, ... */
  readonly service: string;
  /** The time source, for signing dates and credential expiry; default `() => new Date()`. */
  readonly clock?: (() => Date) | undefined;
  /**
   * Double URI-encoding of the path; default `true`, `false` when the service of the call is `s3`
   * (other S3 signing names, such as `s3express`, pass `false` themselves).
   */
  readonly uriEscapePath?: boolean | undefined;
  /** Path normalisation (`.`, `..`, `//`); default as {@link SignerOptions.uriEscapePath}. */
  readonly normalizePath?: boolean | undefined;
  /** Crypto backend; default node:crypto under the `node` export condition, WebCrypto elsewhere. */
  readonly crypto?: CryptoBackend | undefined;
  /** How many signing keys to cache (one per secret, day, region and service); default 50. */
  readonly signingKeyCacheSize?: number | undefined;
}

/**
 * A SigV4 signer bound to credentials, a region and a service. Log it freely: it holds only the
 * region, service, backend name and its two methods (credentials stay in a closure).
 *
 * @example
 * ```ts
 * const signed = await signer.sign({ method: 'GET', url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08' });
 * ```
 */
export interface Signer {
  /** Signs with an `Authorization` header. */
  sign(request: SignableRequest, options?: SignOptions): Promise<SignedRequest>;
  /**
   * Signs in the query string: a presigned URL valid for `expiresIn` seconds (default 900). The URL
   * must not already hold the `X-Amz-*` parameters this adds (else `InvalidRequestError`).
   */
  presign(request: SignableRequest, options?: PresignOptions): Promise<SignedRequest>;
  readonly region: string;
  readonly service: string;
  /** The crypto backend's name (`webcrypto`, `node:crypto`, ...). */
  readonly crypto: string;
}

/**
 * Creates a SigV4 signer. Credentials are checked now when static ({@link InvalidCredentialsError}
 * if missing or empty), on first use when a provider. A region or service that is empty, not a
 * string or holds `/` is an {@link InvalidRequestError} (now, and per call for overrides).
 *
 * @example
 * ```ts
 * import { createSigner } from '@iamkit/signer';
 *
 * const signer = createSigner({
 *   credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
 *   region: 'us-east-1',
 *   service: 'iam',
 * });
 * const { url, method, headers } = await signer.sign({
 *   method: 'POST',
 *   url: 'https://iam.amazonaws.com/',
 *   headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
 *   body: 'Action=ListUsers&Version=2010-05-08',
 * });
 * const { url: shareable } = await signer.presign({ url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08' }, { expiresIn: 900 });
 * ```
 */
export const createSigner = (options: SignerOptions): Signer => makeSigner(options, compactParts);
