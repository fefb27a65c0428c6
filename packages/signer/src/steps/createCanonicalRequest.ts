import { parseUrl } from '../parts/parseUrl.js';
import type { SignableRequest } from '../types.js';
import { canonicalHeaders, UNSIGNED_HEADERS } from './canonicalHeaders.js';
import { canonicalQuery } from './canonicalQuery.js';
import { canonicalUri } from './canonicalUri.js';
import { checkedPart } from './getSigningKey.js';

/**
 * Options of {@link createCanonicalRequest}.
 *
 * @example
 * ```ts
 * const options: CanonicalRequestOptions = { payloadHash: 'UNSIGNED-PAYLOAD', uriEscapePath: false, normalizePath: false };
 * ```
 */
export interface CanonicalRequestOptions {
  /** Hex SHA-256 of the body (or `UNSIGNED-PAYLOAD`); default: the hash of an empty body. */
  readonly payloadHash?: string | undefined;
  readonly uriEscapePath?: boolean | undefined;
  readonly normalizePath?: boolean | undefined;
  /** Names not to sign; default {@link UNSIGNED_HEADERS}. */
  readonly unsignedHeaders?: ReadonlySet<string> | undefined;
}

/**
 * Step 1 of SigV4: the canonical request of a request as it will be sent, its headers already
 * including `x-amz-date` (and `x-amz-security-token`, or the `X-Amz-*` query parameters of a
 * presigned URL). `host` comes from the URL unless a `Host` header is given. The body is not read:
 * pass its hash.
 *
 * @example
 * ```ts
 * createCanonicalRequest({ method: 'GET', url: 'https://example.amazonaws.com/', headers: { 'X-Amz-Date': '20150830T123600Z' } });
 * // 'GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c442...b855'
 * ```
 */
export function createCanonicalRequest(
  request: SignableRequest,
  options: CanonicalRequestOptions = {},
): string {
  const [, host, path, query] = parseUrl(((request.url as URL)?.href ?? request.url) as string);
  const [canonical, signed] = canonicalHeaders(
    request.headers,
    host,
    {},
    options.unsignedHeaders ?? UNSIGNED_HEADERS,
  );
  return [
    checkedPart(request.method ?? 'GET', 'method').toUpperCase(),
    canonicalUri(path, options.normalizePath ?? true, options.uriEscapePath ?? true),
    canonicalQuery(query),
    canonical,
    signed,
    options.payloadHash ?? 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ].join('\n');
}
