import { checkedPart } from '../checkedPart.js';
import { EMPTY_PAYLOAD_HASH, UNSIGNED_HEADERS } from '../constants.js';
import type { SignableRequest } from '../types.js';
import { type CanonicalHeaders, canonicalHeaders } from './canonicalHeaders.js';
import { canonicalQuery } from './canonicalQuery.js';
import { canonicalUri } from './canonicalUri.js';
import { hrefOf, parseUrl } from './parseUrl.js';

/**
 * Step 1 as the signer runs it: the canonical request is the method, the canonical URI, query and
 * headers, the signed header names and the payload hash, one per line.
 */
export const canonicalRequestOf = (
  method: string,
  canonicalUri: string,
  canonicalQuery: string,
  headers: CanonicalHeaders,
  payloadHash: string,
): string =>
  `${method}\n${canonicalUri}\n${canonicalQuery}\n${headers.canonicalHeaders}\n${headers.signedHeaders}\n${payloadHash}`;

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
  const url = parseUrl(hrefOf(request.url));
  const headers = canonicalHeaders(
    request.headers,
    url.host,
    {},
    options.unsignedHeaders ?? UNSIGNED_HEADERS,
  );
  return canonicalRequestOf(
    checkedPart(request.method ?? 'GET', 'method').toUpperCase(),
    canonicalUri(url.path, options.normalizePath ?? true, options.uriEscapePath ?? true),
    canonicalQuery(url.query),
    headers,
    options.payloadHash ?? EMPTY_PAYLOAD_HASH,
  );
}
