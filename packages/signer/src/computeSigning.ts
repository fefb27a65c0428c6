import { toAmzDate } from './amzDate.js';
import { type CryptoBackend, chain, type MaybePromise } from './CryptoBackend.js';
import { canonicalHeaders } from './canonicalHeaders.js';
import { canonicalQuery } from './canonicalQuery.js';
import { canonicalUri } from './canonicalUri.js';
import type { Credentials } from './credentials.js';
import { deriveSigningKey } from './getSigningKey.js';
import { type ParsedUrl, parseUrl } from './parseUrl.js';
import { InvalidExpiryError, InvalidRequestError } from './SignerError.js';
import type { signingKeyCache } from './signingKeyCache.js';
import { ALGORITHM, credentialScope } from './stringToSign.js';
import type { PresignOptions, SignableRequest } from './types.js';
import { uriEscape } from './uriEscape.js';

/** SHA-256 of an empty body. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** What a signer fixes once: backend, credentials, defaults and its signing-key cache. */
export interface SignerContext {
  readonly crypto: CryptoBackend;
  readonly credentials: () => MaybePromise<Credentials>;
  readonly clock: () => Date;
  readonly region: string;
  readonly service: string;
  readonly uriEscapePath: boolean;
  readonly normalizePath: boolean;
  readonly unsigned: ReadonlySet<string>;
  readonly cache: ReturnType<typeof signingKeyCache<unknown>>;
}

/** The outcome of one signature, before it is shaped into a signed request or an explanation. */
export interface Signing {
  readonly url: ParsedUrl;
  readonly credentials: Credentials;
  readonly amzDate: string;
  readonly scope: string;
  readonly payloadHash: string;
  /** Original spellings of the input headers the signer replaces. */
  readonly keys: Readonly<Record<string, string>>;
  readonly signedHeaders: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
}

const PAYLOAD_HASH = /^(?:[\da-f]{64}|[A-Z\d-]+)$/;

const hashBody = (crypto: CryptoBackend, body: SignableRequest['body']): MaybePromise<string> => {
  if (body == null || body === '') return EMPTY_SHA256;
  if (typeof body === 'string' || body instanceof Uint8Array) return crypto.sha256(body);
  if (body instanceof ArrayBuffer) return crypto.sha256(new Uint8Array(body));
  if (ArrayBuffer.isView(body))
    return crypto.sha256(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  throw new InvalidRequestError("Cannot hash this body: pass payloadHash ('UNSIGNED-PAYLOAD' for a stream)");
};

/**
 * Computes a SigV4 signature. `expiresIn` selects query signing (a presigned URL); without it the
 * signature goes in the Authorization header. Synchronous when the backend and the credentials
 * are, so the node backend signs without waiting for a tick.
 */
export function computeSigning(
  context: SignerContext,
  request: SignableRequest,
  options: PresignOptions,
  query: boolean,
): MaybePromise<Signing> {
  const url = parseUrl(request.url);
  const amzDate = toAmzDate(options.signingDate ?? context.clock());
  const region = options.region ?? context.region;
  const service = options.service ?? context.service;
  if (!region || !service) throw new InvalidRequestError('Missing region or service');
  const expiresIn = options.expiresIn ?? 900;
  if (query && !(Number.isInteger(expiresIn) && expiresIn >= 1 && expiresIn <= 604800)) {
    throw new InvalidExpiryError('expiresIn must be a whole number of seconds from 1 to 604800 (7 days)');
  }
  const headers = request.headers;
  const given = options.payloadHash ?? headers?.['x-amz-content-sha256'];
  if (given !== undefined && (typeof given !== 'string' || !PAYLOAD_HASH.test(given))) {
    throw new InvalidRequestError(
      "payloadHash must be a hex SHA-256 or a constant such as 'UNSIGNED-PAYLOAD'",
    );
  }
  const { crypto, cache } = context;
  return chain(context.credentials(), (credentials) =>
    chain(given ?? hashBody(crypto, request.body), (payloadHash) => {
      const day = amzDate.slice(0, 8);
      const scope = credentialScope(day, region, service);
      const token = credentials.sessionToken;
      const omitToken = options.omitSessionTokenFromSignature === true;
      const own: Record<string, string | null> = query ? {} : { 'x-amz-date': amzDate, authorization: null };
      if (token && !query) own['x-amz-security-token'] = omitToken ? null : token;
      if (options.addContentSha256Header && !query) own['x-amz-content-sha256'] = payloadHash;
      let unsigned = context.unsigned;
      if (options.signableHeaders || options.unsignableHeaders) {
        unsigned = new Set(unsigned);
        for (const name of options.signableHeaders ?? [])
          (unsigned as Set<string>).delete(name.toLowerCase());
        for (const name of options.unsignableHeaders ?? []) (unsigned as Set<string>).add(name.toLowerCase());
      }
      const signed = canonicalHeaders(headers, url.host, own, unsigned);
      const extra = query
        ? [
            'X-Amz-Algorithm=' + ALGORITHM,
            'X-Amz-Credential=' + uriEscape(credentials.accessKeyId + '/' + scope),
            'X-Amz-Date=' + amzDate,
            'X-Amz-Expires=' + expiresIn,
            'X-Amz-SignedHeaders=' + uriEscape(signed.signed),
          ]
        : undefined;
      if (extra && token && !omitToken) extra.push('X-Amz-Security-Token=' + uriEscape(token));
      let canonicalRequest: string;
      try {
        canonicalRequest =
          (request.method ?? 'GET').toUpperCase() +
          '\n' +
          canonicalUri(
            url.path,
            options.normalizePath ?? context.normalizePath,
            options.uriEscapePath ?? context.uriEscapePath,
          ) +
          '\n' +
          canonicalQuery(url.query, extra) +
          '\n' +
          signed.canonical +
          '\n' +
          signed.signed +
          '\n' +
          payloadHash;
      } catch (error) {
        // encodeURIComponent's URIError: a lone UTF-16 surrogate cannot be UTF-8 encoded.
        if (error instanceof URIError)
          throw new InvalidRequestError('URL contains text that cannot be UTF-8 encoded');
        throw error;
      }
      return chain(crypto.sha256(canonicalRequest), (hash) => {
        const stringToSign = ALGORITHM + '\n' + amzDate + '\n' + scope + '\n' + hash;
        const secret = credentials.secretAccessKey;
        const key =
          cache.get(secret, day, region, service) ??
          chain(deriveSigningKey(crypto, secret, day, region, service), (raw) =>
            chain(crypto.importKey(raw), (handle) => cache.set(secret, day, region, service, handle)),
          );
        return chain(key, (handle) =>
          chain(crypto.hmacHex(handle, stringToSign), (signature) => ({
            url,
            credentials,
            amzDate,
            scope,
            payloadHash,
            keys: signed.keys,
            signedHeaders: signed.signed,
            canonicalRequest,
            stringToSign,
            signature,
          })),
        );
      });
    }),
  );
}
