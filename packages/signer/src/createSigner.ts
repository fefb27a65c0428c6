import { type CryptoBackend, chain } from './CryptoBackend.js';
import { UNSIGNED_HEADERS } from './canonicalHeaders.js';
import { computeSigning, type Signing } from './computeSigning.js';
import { type Credentials, type CredentialsProvider, credentialsResolver } from './credentials.js';
import { Redacted } from './redact.js';
import { InvalidRequestError } from './SignerError.js';
import { headerSignedRequest, querySignedRequest } from './signedRequest.js';
import { signingKeyCache } from './signingKeyCache.js';
import type { Explanation, PresignOptions, SignableRequest, SignedRequest, SignOptions } from './types.js';
import { webCryptoBackend } from './webCryptoBackend.js';

/**
 * Options of {@link createSigner}.
 *
 * @example
 * ```ts
 * const options: SignerOptions = { credentials: { accessKeyId, secretAccessKey }, region: 'us-east-1', service: 'iam' };
 * ```
 */
export interface SignerOptions {
  /** Static credentials, or a provider called again when they are about to expire. */
  readonly credentials: Credentials | CredentialsProvider;
  readonly region: string;
  /** The signing name of the service: `iam`, `cognito-idp`, `sts`, `s3`, `execute-api`, ... */
  readonly service: string;
  /** The time source, for signing dates and credential expiry; default `() => new Date()`. */
  readonly clock?: (() => Date) | undefined;
  /** Double URI-encoding of the path; default `true`, `false` for S3. */
  readonly uriEscapePath?: boolean | undefined;
  /** Path normalisation (`.`, `..`, `//`); default `true`, `false` for S3. */
  readonly normalizePath?: boolean | undefined;
  /** Crypto backend; default node:crypto under the `node` export condition, WebCrypto elsewhere. */
  readonly crypto?: CryptoBackend | undefined;
  /** How many signing keys to cache (one per secret, day, region and service); default 50. */
  readonly signingKeyCacheSize?: number | undefined;
}

/**
 * A SigV4 signer bound to credentials, a region and a service. Log it freely: its JSON and
 * inspect forms show only the region, service and backend.
 *
 * @example
 * ```ts
 * const signed = await signer.sign({ method: 'GET', url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08' });
 * ```
 */
export interface Signer {
  /** Signs with an `Authorization` header. */
  sign(request: SignableRequest, options?: SignOptions): Promise<SignedRequest>;
  /** Signs in the query string: a presigned URL valid for `expiresIn` seconds (default 900). */
  presign(request: SignableRequest, options?: PresignOptions): Promise<SignedRequest>;
  /** Every step of a signature (`query: true` for the presigned form), to debug `SignatureDoesNotMatch`. */
  explain(
    request: SignableRequest,
    options?: PresignOptions & { readonly query?: boolean },
  ): Promise<Explanation>;
  readonly region: string;
  readonly service: string;
}

class Explained extends Redacted {}

const run = <T>(work: () => T | Promise<T>): Promise<T> => {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
};

/**
 * Creates a SigV4 signer. Credentials are checked now when static ({@link InvalidCredentialsError}
 * if missing or empty), on first use when a provider.
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
export function createSigner(options: SignerOptions): Signer {
  const { region, service } = options ?? {};
  if (typeof region !== 'string' || !region || typeof service !== 'string' || !service) {
    throw new InvalidRequestError('createSigner needs a region and a service');
  }
  const clock = options.clock ?? (() => new Date());
  const crypto = options.crypto ?? webCryptoBackend;
  const context = {
    crypto,
    credentials: credentialsResolver(options.credentials, () => clock().getTime()),
    clock,
    region,
    service,
    uriEscapePath: options.uriEscapePath ?? true,
    normalizePath: options.normalizePath ?? true,
    unsigned: UNSIGNED_HEADERS,
    cache: signingKeyCache<unknown>(options.signingKeyCacheSize),
  };
  const shape = (request: SignableRequest, signing: Signing, query: boolean, opts: PresignOptions) =>
    query
      ? querySignedRequest(request, signing, opts.expiresIn ?? 900)
      : headerSignedRequest(request, signing, opts.addContentSha256Header === true);
  const summary = () => ({ region, service, crypto: crypto.name });
  return {
    region,
    service,
    sign: (request, opts = {}) =>
      run(() => chain(computeSigning(context, request, opts, false), (s) => shape(request, s, false, opts))),
    presign: (request, opts = {}) =>
      run(() => chain(computeSigning(context, request, opts, true), (s) => shape(request, s, true, opts))),
    explain: (request, opts = {}) =>
      run(async () => {
        const query = opts.query === true;
        const s = await computeSigning(context, request, opts, query);
        return Object.assign(new Explained(), {
          mode: query ? 'query' : 'header',
          crypto: crypto.name,
          accessKeyId: s.credentials.accessKeyId,
          amzDate: s.amzDate,
          credentialScope: s.scope,
          signedHeaders: s.signedHeaders,
          payloadHash: s.payloadHash,
          canonicalRequest: s.canonicalRequest,
          stringToSign: s.stringToSign,
          signature: s.signature,
          request: shape(request, s, query, opts),
        }) as Explanation;
      }),
    toJSON: summary,
    [Symbol.for('nodejs.util.inspect.custom')]: summary,
  } as Signer;
}
