/** The SigV4 algorithm name: first line of every string to sign, and of the `Authorization` value. */
export const ALGORITHM = 'AWS4-HMAC-SHA256';

/** The last part of every credential scope (`date/region/service/aws4_request`). */
export const SCOPE_TERMINATOR = 'aws4_request';

/** The payload hash of an empty body: hex SHA-256 of no bytes. */
export const EMPTY_PAYLOAD_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The lifetime of a presigned URL when `expiresIn` is not given, in seconds. */
export const DEFAULT_EXPIRES_IN = 900;

/** The longest lifetime SigV4 allows a presigned URL, in seconds (7 days). */
export const MAX_EXPIRES_IN = 604_800;

/**
 * Headers that are not signed unless listed in `signableHeaders`: hop-by-hop headers and headers
 * that proxies, load balancers, tracers or browsers add or rewrite on the way to AWS, so signing
 * them would break the signature. `authorization` is never signed.
 *
 * @example
 * ```ts
 * UNSIGNED_HEADERS.has('user-agent'); // true
 * ```
 */
export const UNSIGNED_HEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'authorization',
  'connection',
  'expect',
  'keep-alive',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'via',
  'x-amzn-trace-id',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
]);
