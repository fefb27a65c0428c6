import { chain } from '../backends/CryptoBackend.js';
import { webCryptoBackend } from '../backends/webCryptoBackend.js';
import type { Signer, SignerOptions } from '../createSigner.js';
import { credentialsResolver } from '../credentials.js';
import { hashable } from '../hashable.js';
import type { Finish, SigningParts } from '../parts/SigningParts.js';
import { Redacted } from '../Redacted.js';
import { InvalidExpiryError, InvalidRequestError } from '../SignerError.js';
import { headerValue, UNSIGNED_HEADERS } from '../steps/canonicalHeaders.js';
import { ALGORITHM } from '../steps/createStringToSign.js';
import { checkedPart, deriveSigningKey } from '../steps/getSigningKey.js';
import { uriEscape } from '../steps/uriEscape.js';
import type { PresignOptions, SignableRequest, SignedRequest } from '../types.js';

/**
 * The names not to sign: {@link UNSIGNED_HEADERS} and `unsignable`, but not `signable`. Lists, or
 * from JavaScript one name, in any case (compared lowercase, as `join` flattens them).
 */
const unsignedOf = (
  signable: unknown,
  unsignable: unknown,
  sign = ('' + [signable]).toLowerCase().split(','),
) =>
  new Set(
    ('' + [...UNSIGNED_HEADERS, unsignable])
      .toLowerCase()
      .split(',')
      .filter((name) => !sign.includes(name)),
  );

/**
 * {@link createSigner} with the given building blocks (the node entry passes its fast ones).
 * Everything fixed per signer (backend, credentials, defaults, signing-key cache) lives in this
 * closure, so nothing secret is reachable from an object.
 */
export function makeSigner(
  options: SignerOptions,
  [parse, headersOf, queryOf, headOf, amzDateOf, cacheOf, uriOf, scopeOf]: SigningParts,
): Signer {
  const {
    credentials: source,
    region: defaultRegion,
    service: defaultService,
    clock = () => new Date(),
    crypto = webCryptoBackend,
    uriEscapePath,
    normalizePath,
    signingKeyCacheSize,
  } = options ?? {};
  // Checked now (the usual mistakes show at once) and again per call, where they can be overridden.
  checkedPart(defaultRegion, 'region');
  checkedPart(defaultService, 'service');
  const credentials = credentialsResolver(source, clock);
  const cache = cacheOf(signingKeyCacheSize);

  /**
   * `sign` (or `presign` when `query`): an async function, so a throw becomes a rejection; inside,
   * each step is chained with {@link chain}, so a synchronous backend (node:crypto) signs without
   * waiting for a tick. The result is a {@link Redacted} signed request: input headers first, then
   * for header signing the session token, date, content hash and Authorization (replacing the
   * input's own copies in place); for query signing the URL as given plus the `X-Amz-*` parameters
   * in the order AWS's own signers emit them, the signature last. `finish` is how `explain` (a
   * separate function, so bundles without it stay small) gets every step.
   */
  const signing =
    (query: boolean) =>
    async (request: SignableRequest, options?: PresignOptions | null, finish?: Finish): Promise<never> => {
      if (!request) throw new InvalidRequestError('Missing request');
      // null (from JavaScript) is no options, as is the index `requests.map(signer.sign)` passes.
      options ||= {};
      // WebCrypto hashes on worker threads: the payload hash starts first and the canonical request is
      // built while it runs, so the signer's own work hides behind it (node:crypto answers at once).
      const payload = options.payloadHash ?? crypto.sha256(hashable(request.body ?? ''));
      // Bad input found while it runs is the error to report; a failing hash must not also surface
      // as an unhandled rejection (it is still seen when awaited below).
      (payload as Promise<string>).catch?.(() => {});
      const { headers } = request;
      // A URL object is signed as its href; the result's url is a string either way.
      const url = ((request.url as URL)?.href ?? request.url) as string;
      const method = checkedPart(request.method ?? 'GET', 'method').toUpperCase();
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
      const scope = scopeOf(
        amzDate.slice(0, 8),
        checkedPart(region, 'region'),
        checkedPart(service, 'service'),
      );
      // Only an integer number equals its `~~` truncation (true, '900', [900] and 1.5 do not).
      if (query && !(expiresIn === ~~expiresIn && expiresIn > 0 && expiresIn <= 604800)) {
        throw new InvalidExpiryError('expiresIn must be 1 to 604800 seconds');
      }
      // The signer adds these: a second copy in the URL would be signed too (aws-c-auth refuses them).
      if (
        query &&
        /(^|&)X-Amz-(Algorithm|Credential|Date|Expires|SignedHeaders|Security-Token|Signature)([=&]|$)/i.test(
          search,
        )
      ) {
        throw new InvalidRequestError('URL already presigned');
      }
      return chain(credentials(), ({ accessKeyId, secretAccessKey, sessionToken: token }) =>
        // Only an X-Amz-Content-Sha256 header needs the payload hash before the canonical request.
        chain(contentSha256 ? payload : '', (early) => {
          // The headers the signer sets, in the order they are added to the headers (input copies
          // are replaced in place); null ones are set but not signed.
          const own: Record<string, string | null> = {};
          if (!query) {
            if (token) own['x-amz-security-token'] = omitToken ? null : token;
            own['x-amz-date'] = amzDate;
            if (contentSha256) own['x-amz-content-sha256'] = early;
            own.authorization = null;
          }
          const [canonical, signed, keys] = headersOf(
            headers,
            host,
            own,
            signableHeaders || unsignableHeaders[0]
              ? unsignedOf(signableHeaders, unsignableHeaders)
              : UNSIGNED_HEADERS,
          );
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
          const head =
            method +
            '\n' +
            // S3 signs the path as sent (unless told otherwise): the signing name of the call decides.
            uriOf(
              path,
              options.normalizePath ?? normalizePath ?? service !== 's3',
              options.uriEscapePath ?? uriEscapePath ?? service !== 's3',
            ) +
            '\n' +
            queryOf(search, extra) +
            '\n' +
            canonical +
            '\n' +
            signed +
            '\n';
          return chain(payload, (payloadHash) => {
            const canonicalRequest = head + payloadHash;
            return chain(crypto.sha256(canonicalRequest), (hash) => {
              const stringToSign = ALGORITHM + '\n' + amzDate + '\n' + scope + '\n' + hash;
              return chain(
                cache.get(secretAccessKey, scope) ??
                  chain(deriveSigningKey(crypto, secretAccessKey, scope), (raw) =>
                    chain(crypto.importKey(raw), (key) => cache.set(secretAccessKey, scope, key)),
                  ),
                (key) =>
                  chain(crypto.hmacHex(key, stringToSign), (signature) => {
                    const out = new Redacted() as unknown as Record<string, string>;
                    // A list is sent on one line as it was signed (items trimmed, joined by ','): its
                    // String() would keep the items' spaces, which AWS would sign differently.
                    for (const key in headers) {
                      const value = headers[key];
                      if (value != null) out[key] = Array.isArray(value) ? headerValue(value) : '' + value;
                    }
                    // The unsigned ones (null) are Authorization and an omitted session token.
                    for (const name in own) {
                      out[keys[name] ?? name] =
                        own[name] ??
                        (name === 'authorization'
                          ? `${ALGORITHM} Credential=${accessKeyId}/${scope}, SignedHeaders=${signed}, Signature=${signature}`
                          : token!);
                    }
                    // Filled in place: one object shape for every result, as fast as a constructor.
                    const result = new Redacted() as unknown as {
                      -readonly [K in keyof SignedRequest]: SignedRequest[K];
                    };
                    result.method = method;
                    result.url = query
                      ? base +
                        (!base.includes('?') ? '?' : !search || search.endsWith('&') ? '' : '&') +
                        urlParams +
                        '&X-Amz-Signature=' +
                        signature +
                        url.slice(base.length)
                      : url;
                    result.headers = out;
                    // Only a function is the hook: `requests.map(signer.sign)` passes the array third.
                    return typeof finish === 'function'
                      ? finish(result, [
                          accessKeyId,
                          amzDate,
                          scope,
                          signed,
                          payloadHash,
                          canonicalRequest,
                          stringToSign,
                          signature,
                          // Derived again only when explaining: the cache holds unexportable handles.
                          () => deriveSigningKey(crypto, secretAccessKey, scope),
                        ])
                      : result;
                  }),
              );
            });
          });
        }),
      ) as never;
    };

  return {
    region: defaultRegion,
    service: defaultService,
    crypto: crypto.name,
    sign: signing(false),
    presign: signing(true),
  };
}
