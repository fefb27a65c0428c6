import type { CryptoBackend } from './backends/CryptoBackend.js';
import type { Credentials, CredentialsProvider } from './credentials.js';
import type { HeaderMap } from './steps/canonicalHeaders.js';
import type { DateInput } from './steps/toAmzDate.js';

/** A request body the signer can hash. Streams cannot be hashed: pass `payloadHash` instead. */
export type Body = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * What to sign. The URL is signed exactly as written (give it already percent-encoded, as
 * `new URL(...).href` does, or a `URL` object: its `href` is signed) and must be what you send.
 *
 * @example
 * ```ts
 * const request: SignableRequest = {
 *   method: 'POST',
 *   url: 'https://iam.amazonaws.com/',
 *   headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
 *   body: 'Action=ListUsers&Version=2010-05-08',
 * };
 * ```
 */
export interface SignableRequest {
  /** HTTP method, `GET` when omitted; any case (it is signed uppercase). */
  readonly method?: string | undefined;
  /**
   * The absolute URL; a `URL` object is signed (and returned) as its `href`. (Typed by its `href`,
   * so the types need neither DOM nor Node's.)
   */
  readonly url: string | { readonly href: string };
  readonly headers?: HeaderMap | undefined;
  readonly body?: Body | null | undefined;
}

/**
 * Per-call options (they override the signer's).
 *
 * @example
 * ```ts
 * await signer.sign(request, { signingDate: new Date('2015-08-30T12:36:00Z'), addContentSha256Header: true });
 * ```
 */
export interface SignOptions {
  /** When the request is signed; default: the signer's clock. */
  readonly signingDate?: DateInput | undefined;
  /** The region of this call; like `service`, a non-empty string without `/` (else `InvalidRequestError`). */
  readonly region?: string | undefined;
  /** The signing name of this call's service. */
  readonly service?: string | undefined;
  /** Hex SHA-256 of the body, or `UNSIGNED-PAYLOAD` (e.g. for a stream); skips hashing `body`. */
  readonly payloadHash?: string | undefined;
  /** Also send (and sign) `x-amz-content-sha256`, as S3 requires. Header signing only. */
  readonly addContentSha256Header?: boolean | undefined;
  /** Headers to sign even though they are in {@link UNSIGNED_HEADERS} (names in any case). */
  readonly signableHeaders?: readonly string[] | undefined;
  /** More headers not to sign (names in any case). */
  readonly unsignableHeaders?: readonly string[] | undefined;
  /** Add the session token after signing instead of signing it (some services require this). */
  readonly omitSessionTokenFromSignature?: boolean | undefined;
  /** Double URI-encoding of the path; default: the signer's, else `false` if `service` is `s3`, else `true`. */
  readonly uriEscapePath?: boolean | undefined;
  /** Remove `.`, `..` and empty path segments before signing; default as `uriEscapePath`. */
  readonly normalizePath?: boolean | undefined;
}

/**
 * Options of a presigned URL.
 *
 * @example
 * ```ts
 * const { url } = await signer.presign({ url: 'https://examplebucket.s3.amazonaws.com/test.txt' }, { expiresIn: 3600, payloadHash: 'UNSIGNED-PAYLOAD' });
 * ```
 */
export interface PresignOptions extends SignOptions {
  /** Lifetime of the URL in whole seconds, 1 to 604800 (7 days); default 900. */
  readonly expiresIn?: number | undefined;
}

/**
 * A signed request: the input's method, URL (with the `X-Amz-*` query parameters when presigned)
 * and headers, plus the signing headers. `host` is signed but only returned if you passed it.
 *
 * @example
 * ```ts
 * const { method, url, headers } = await signer.sign(request);
 * await fetch(url, { method, headers, body: request.body });
 * ```
 */
export interface SignedRequest {
  readonly method: string;
  readonly url: string;
  /** Input headers (arrays joined with `,`), then `x-amz-security-token`, `x-amz-date`, `x-amz-content-sha256`, `authorization` as applicable. */
  readonly headers: Record<string, string>;
}

/**
 * Every intermediate value of one signature, to compare with what AWS computed when it answers
 * `SignatureDoesNotMatch`, or with another implementation. Never holds the secret key;
 * `JSON.stringify` and `util.inspect` hide the session token and leave out `signingKey`.
 *
 * @example
 * ```ts
 * const x = await explain(signer, request);
 * console.log(x.canonicalRequest);
 * console.log(x.stringToSign);
 * ```
 */
export interface Explanation {
  /** `header` (Authorization header) or `query` (presigned URL). */
  readonly mode: 'header' | 'query';
  /** The crypto backend's name. */
  readonly crypto: string;
  readonly accessKeyId: string;
  /** `YYYYMMDDTHHMMSSZ`. */
  readonly amzDate: string;
  readonly credentialScope: string;
  readonly signedHeaders: string;
  readonly payloadHash: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
  /**
   * The signing key, lowercase hex (as `getSigningKey` derives it), for comparing with another
   * implementation. Secret-equivalent: it signs any request for this day, region and service, so
   * never log it. Not enumerable: `JSON.stringify`, `util.inspect` and spreads leave it out.
   */
  readonly signingKey: string;
  /** The signed request, as `sign` or `presign` would return it. */
  readonly request: SignedRequest;
}

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
