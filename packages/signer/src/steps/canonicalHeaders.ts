import { InvalidRequestError } from '../SignerError.js';

/**
 * A header value; an array is several headers of the same name (joined with `,` when signed). A
 * number or boolean is signed as the string it is sent as (`35`, `true`).
 */
export type HeaderValue = string | number | boolean | readonly string[];
/** Request headers: names in any case; `undefined` and `null` values are ignored (neither signed nor sent). */
export type HeaderMap = Readonly<Record<string, HeaderValue | null | undefined>>;

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
export const UNSIGNED_HEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'authorization connection expect keep-alive proxy-authorization te trailer transfer-encoding upgrade user-agent via x-amzn-trace-id x-forwarded-for x-forwarded-host x-forwarded-proto'.split(
    ' ',
  ),
);

/**
 * The canonical headers block of a canonical request (a tuple, so a minifier can shorten the names):
 * `name:value\n` for every signed header, sorted; the `;`-joined sorted names (the `SignedHeaders`
 * value); for each name in `own` the input used, its original spelling (so it can be replaced in place).
 */
export type CanonicalHeaders = readonly [
  canonical: string,
  signed: string,
  keys: Readonly<Record<string, string>>,
];

/** The lowercase form of a header name; throws {@link InvalidRequestError} unless an RFC 7230 token. */
export const headerName = (key: string): string => {
  if (!/^[\w.~!#$%&'*+^`|-]+$/.test(key)) throw new InvalidRequestError(`Invalid header name "${key}"`);
  return key.toLowerCase();
};

/**
 * A value as a string (as the signer sends it), trimmed, inner whitespace (line folds included)
 * collapsed to one space; arrays joined with `,`. Whitespace is ASCII only (space, tab, LF, VT, FF,
 * CR), as aws-c-auth reads it: JavaScript's `\s` and `trim()` also take NBSP, U+2028 and the BOM.
 * A character outside ASCII is an {@link InvalidRequestError} (encode it, as RFC 2047 or percent-encoding).
 */
export const headerValue = (value: HeaderValue): string => {
  if (Array.isArray(value)) return value.map(headerValue).join(',');
  const text = '' + value;
  // fetch and node:http send U+0080-U+00FF as one byte each and refuse the rest, while the
  // canonical request is hashed as UTF-8: any such character would be signed as other bytes.
  if (/[^\0-~]/.test(text)) throw new InvalidRequestError('Header values must be ASCII');
  return text
    .split(/[\t-\r ]+/)
    .filter(Boolean)
    .join(' ');
};

/**
 * Builds the canonical headers: lowercase names, values as {@link headerValue}, repeated headers
 * joined with `,`, sorted by name. `host` is signed when the input has no `Host` header. `own` are
 * the headers the signer sets itself: input copies of those names are ignored; a `null` value
 * sets the header without signing it. Throws {@link InvalidRequestError} for a name that is not an
 * RFC 7230 token.
 *
 * @example
 * ```ts
 * canonicalHeaders({ 'My-Header': ' a   b ' }, 'example.com', { 'x-amz-date': '20150830T123600Z' }, UNSIGNED_HEADERS);
 * // ['host:example.com\nmy-header:a b\nx-amz-date:20150830T123600Z\n', 'host;my-header;x-amz-date', {}]
 * ```
 */
export function canonicalHeaders(
  headers: HeaderMap | undefined,
  host: string,
  own: Readonly<Record<string, string | null>>,
  unsigned: ReadonlySet<string>,
): CanonicalHeaders {
  // Each name's values; a list prints as its items joined by `,`, as repeated headers are signed.
  // No prototype, so every name (`__proto__`, `constructor`) is a plain key.
  const values: Record<string, string[]> = Object.create(null);
  const keys: Record<string, string> = {};
  const add = (name: string, value: string) => (values[name] = [...(values[name] ?? []), value]);
  for (const key in headers) {
    const name = headerName(key);
    if (Object.hasOwn(own, name)) keys[name] = key;
    else if (headers[key] != null && !unsigned.has(name)) add(name, headerValue(headers[key]));
  }
  'host' in values || add('host', host);
  for (const name in own) if (own[name] !== null) add(name, own[name]!);
  const names = Object.keys(values).sort();
  return [names.map((name) => name + ':' + values[name] + '\n').join(''), names.join(';'), keys];
}
