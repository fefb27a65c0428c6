import { toAmzDate } from './amzDate.js';
import { type CryptoBackend, chain, type MaybePromise } from './CryptoBackend.js';
import { canonicalHeaders, UNSIGNED_HEADERS } from './canonicalHeaders.js';
import { canonicalQuery } from './canonicalQuery.js';
import { canonicalUri } from './canonicalUri.js';
import type { SignerOptions } from './createSigner.js';
import { credentialsResolver } from './credentials.js';
import { deriveSigningKey } from './getSigningKey.js';
import { parseUrl } from './parseUrl.js';
import { Redacted, Signed } from './redact.js';
import { InvalidExpiryError, InvalidRequestError } from './SignerError.js';
import { type SigningKeyCache, signingKeyCache } from './signingKeyCache.js';
import { ALGORITHM, credentialScope } from './stringToSign.js';
import type { PresignOptions, SignableRequest, SignedRequest } from './types.js';
import { uriEscape } from './uriEscape.js';
import { webCryptoBackend } from './webCryptoBackend.js';

/**
 * What `explain` receives besides the signed request: query signing?, backend name, access key
 * id, amzDate, scope, signed headers, payload hash, canonical request, string to sign, signature.
 */
export type Steps = [boolean, string, string, string, string, string, string, string, string, string];

/** Receives a finished signature instead of the signer's caller (how `explain` sees every step). */
export type Finish = (request: SignedRequest, steps: Steps) => unknown;

/** Signs one request: in the query string when `query` (a presigned URL), else with an Authorization header. */
export type ComputeSigning = (
  request: SignableRequest,
  options: PresignOptions,
  query: boolean,
  finish?: Finish,
) => MaybePromise<unknown>;

/**
 * The building blocks a signer uses: compact ones in the universal entry (browser bundles), ones
 * with fast paths and memos in the node entry. Both give the same answers. A tuple, so a minifier
 * can shorten the names.
 */
export type SigningParts = readonly [
  parseUrl: typeof parseUrl,
  canonicalHeaders: typeof canonicalHeaders,
  /** The canonical query, with `extra` (canonical, sorted) parameters merged in. */
  canonicalQuery: (query: string, extra: string) => string,
  /** The first `X-Amz-*` parameters of a presigned URL: algorithm, credential and date. */
  presignHead: (accessKeyId: string, scope: string, amzDate: string) => string,
  toAmzDate: typeof toAmzDate,
  signingKeyCache: (limit?: number) => SigningKeyCache<unknown>,
  canonicalUri: typeof canonicalUri,
  credentialScope: typeof credentialScope,
];

/** The `presignHead` part (see {@link SigningParts}), computed every time. */
export const presignHead = (accessKeyId: string, scope: string, amzDate: string): string =>
  'X-Amz-Algorithm=' +
  ALGORITHM +
  '&X-Amz-Credential=' +
  uriEscape(accessKeyId + '/' + scope) +
  '&X-Amz-Date=' +
  amzDate;

/** The compact parts (see {@link SigningParts}). */
export const compactParts: SigningParts = [
  parseUrl,
  canonicalHeaders,
  canonicalQuery,
  presignHead,
  toAmzDate,
  signingKeyCache,
  canonicalUri,
  credentialScope,
];

const unhashable = (): never => {
  throw new InvalidRequestError('Unhashable body: pass a payloadHash');
};

// Views share the caller's memory: a 1 MiB body is hashed in place, never copied.
const hashBody = (crypto: CryptoBackend, body: SignableRequest['body']): MaybePromise<string> => {
  body ??= '';
  return crypto.sha256(
    typeof body === 'string'
      ? body
      : body instanceof ArrayBuffer
        ? new Uint8Array(body)
        : ArrayBuffer.isView(body)
          ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
          : unhashable(),
  );
};

/**
 * Makes the signing function of one signer. Everything fixed per signer (backend, credentials,
 * defaults, signing-key cache) lives in this closure, so nothing secret is reachable from an
 * object. Synchronous when the backend and the credentials are: the node backend signs without
 * waiting for a tick. The result is a {@link Redacted} signed request: input headers first, then
 * for header signing the session token, date, content hash and Authorization (replacing the
 * input's own copies in place); for query signing the URL as given plus the `X-Amz-*` parameters
 * in the order AWS's own signers emit them, the signature last.
 */
export function computeSigning(
  {
    credentials: source,
    region: defaultRegion,
    service: defaultService,
    clock = () => new Date(),
    crypto = webCryptoBackend,
    uriEscapePath = true,
    normalizePath = true,
    signingKeyCacheSize,
  }: SignerOptions,
  [parse, headersOf, queryOf, headOf, amzDateOf, cacheOf, uriOf, scopeOf]: SigningParts = compactParts,
): ComputeSigning {
  const credentials = credentialsResolver(source, () => clock().getTime());
  const cache = cacheOf(signingKeyCacheSize);
  return (request, options, query, finish) => {
    const { headers, url } = request;
    const method = (request.method ?? 'GET').toUpperCase();
    const [base, host, path, search] = parse(url);
    const {
      region = defaultRegion,
      service = defaultService,
      expiresIn = 900,
      signableHeaders,
      unsignableHeaders = [],
      omitSessionTokenFromSignature: omitToken,
      addContentSha256Header: contentSha256,
    } = options;
    const amzDate = amzDateOf(options.signingDate ?? clock());
    const day = amzDate.slice(0, 8);
    const scope = scopeOf(day, region, service);
    if (query && !(Number.isInteger(expiresIn) && expiresIn > 0 && expiresIn <= 604800)) {
      throw new InvalidExpiryError('expiresIn must be 1 to 604800 seconds');
    }
    const unsigned =
      signableHeaders || unsignableHeaders[0]
        ? new Set(
            [...UNSIGNED_HEADERS, ...unsignableHeaders].filter((name) => !signableHeaders?.includes(name)),
          )
        : UNSIGNED_HEADERS;
    return chain(credentials(), ({ accessKeyId, secretAccessKey, sessionToken: token }) =>
      chain(options.payloadHash ?? hashBody(crypto, request.body), (payloadHash) => {
        // The headers the signer sets: null ones are set but not signed.
        const own: Record<string, string | null> = query
          ? {}
          : { 'x-amz-date': amzDate, authorization: null };
        if (token && !query) own['x-amz-security-token'] = omitToken ? null : token;
        if (contentSha256 && !query) own['x-amz-content-sha256'] = payloadHash;
        const { canonical, signed, keys } = headersOf(headers, host, own, unsigned);
        // The X-Amz-* parameters of a presigned URL: sorted for the canonical query, in the order
        // AWS's own signers emit them for the URL (an omitted token goes in the URL only).
        let extra = '';
        let urlParams = '';
        if (query) {
          const head = headOf(accessKeyId, scope, amzDate);
          const expires = '&X-Amz-Expires=' + expiresIn;
          const signedParam = '&X-Amz-SignedHeaders=' + uriEscape(signed);
          const tokenParam = token ? '&X-Amz-Security-Token=' + uriEscape(token) : '';
          extra = head + expires + (omitToken ? '' : tokenParam) + signedParam;
          urlParams = head + signedParam + expires + tokenParam;
        }
        const canonicalRequest =
          method +
          '\n' +
          uriOf(path, options.normalizePath ?? normalizePath, options.uriEscapePath ?? uriEscapePath) +
          '\n' +
          queryOf(search, extra) +
          '\n' +
          canonical +
          '\n' +
          signed +
          '\n' +
          payloadHash;
        return chain(crypto.sha256(canonicalRequest), (hash) => {
          const stringToSign = ALGORITHM + '\n' + amzDate + '\n' + scope + '\n' + hash;
          return chain(
            cache.get(secretAccessKey, scope) ??
              chain(deriveSigningKey(crypto, secretAccessKey, day, region, service), (raw) =>
                chain(crypto.importKey(raw), (key) => cache.set(secretAccessKey, scope, key)),
              ),
            (key) =>
              chain(crypto.hmacHex(key, stringToSign), (signature) => {
                const out = new Redacted() as unknown as Record<string, string>;
                for (const key in headers) if (headers[key] !== undefined) out[key] = '' + headers[key];
                const set = (name: string, value: string | undefined | false) => {
                  if (value) out[keys[name] ?? name] = value;
                };
                if (!query) {
                  set('x-amz-security-token', token);
                  set('x-amz-date', amzDate);
                  set('x-amz-content-sha256', contentSha256 && payloadHash);
                  set(
                    'authorization',
                    `${ALGORITHM} Credential=${accessKeyId}/${scope}, SignedHeaders=${signed}, Signature=${signature}`,
                  );
                }
                const result = new Signed(
                  method,
                  query
                    ? base +
                        ('?&'.includes(base.slice(-1)) ? '' : search ? '&' : '?') +
                        urlParams +
                        '&X-Amz-Signature=' +
                        signature +
                        url.slice(base.length)
                    : url,
                  out,
                );
                return finish
                  ? finish(result, [
                      query,
                      crypto.name,
                      accessKeyId,
                      amzDate,
                      scope,
                      signed,
                      payloadHash,
                      canonicalRequest,
                      stringToSign,
                      signature,
                    ])
                  : result;
              }),
          );
        });
      }),
    );
  };
}
