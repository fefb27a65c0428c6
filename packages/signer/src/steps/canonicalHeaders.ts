import { InvalidRequestError } from '../SignerError.js';

/**
 * A header value; an array is several headers of the same name (joined with `,` when signed). A
 * number or boolean is signed as the string it is sent as (`35`, `true`).
 */
export type HeaderValue = string | number | boolean | readonly string[];
/** Request headers: names in any case; `undefined` and `null` values are ignored (neither signed nor sent). */
export type HeaderMap = Readonly<Record<string, HeaderValue | null | undefined>>;

/** The headers part of a canonical request. */
export interface CanonicalHeaders {
  /** `name:value\n` for every signed header, sorted by name. */
  readonly canonicalHeaders: string;
  /** The sorted names joined with `;`: the `SignedHeaders` value. */
  readonly signedHeaders: string;
  /** For each header the signer sets that the input has too, the input's spelling of its name. */
  readonly inputNames: Readonly<Record<string, string>>;
}

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
  const text = String(value);
  // fetch and node:http send U+0080-U+00FF as one byte each and refuse the rest, while the
  // canonical request is hashed as UTF-8: any such character would be signed as other bytes.
  if (/[^\0-~]/.test(text)) throw new InvalidRequestError('Header values must be ASCII');
  // ASCII only by now, so trim() removes exactly the ASCII whitespace at either end.
  return text.replace(/[\t-\r ]+/g, ' ').trim();
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
 * // { canonicalHeaders: 'host:example.com\nmy-header:a b\nx-amz-date:20150830T123600Z\n',
 * //   signedHeaders: 'host;my-header;x-amz-date', inputNames: {} }
 * ```
 */
export function canonicalHeaders(
  headers: HeaderMap | undefined,
  host: string,
  own: Readonly<Record<string, string | null>>,
  unsigned: ReadonlySet<string>,
): CanonicalHeaders {
  // No prototype, so every name (`__proto__`, `constructor`) is a plain key.
  const values: Record<string, string> = Object.create(null);
  const inputNames: Record<string, string> = {};
  // A repeated header is signed as one, its values joined with `,`.
  const add = (name: string, value: string) => {
    values[name] = name in values ? `${values[name]},${value}` : value;
  };
  for (const key in headers) {
    const name = headerName(key);
    const value = headers[key];
    if (Object.hasOwn(own, name)) inputNames[name] = key;
    else if (value != null && !unsigned.has(name)) add(name, headerValue(value));
  }
  if (!('host' in values)) add('host', host);
  for (const name in own) {
    const value = own[name];
    if (value != null) add(name, value);
  }
  const names = Object.keys(values).sort();
  return {
    canonicalHeaders: names.map((name) => `${name}:${values[name]}\n`).join(''),
    signedHeaders: names.join(';'),
    inputNames,
  };
}
