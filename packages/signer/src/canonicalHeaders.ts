import { InvalidRequestError } from './SignerError.js';

/** A header value; an array is several headers of the same name (joined with `,` when signed). */
export type HeaderValue = string | readonly string[];
/** Request headers: names in any case; `undefined` values are ignored. */
export type HeaderMap = Readonly<Record<string, HeaderValue | undefined>>;

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

/** The canonical headers block of a canonical request. */
export interface CanonicalHeaders {
  /** `name:value\n` for every signed header, sorted. */
  readonly canonical: string;
  /** The `;`-joined sorted names (the `SignedHeaders` value). */
  readonly signed: string;
  /** For each name in `own` the input used, its original spelling (so it can be replaced in place). */
  readonly keys: Readonly<Record<string, string>>;
}

const NO_KEYS: Readonly<Record<string, string>> = Object.freeze({});

// RFC 7230 token characters.
const TOKEN = /^[!#$%&'*+.^`|~\w-]+$/;
// Printable ASCII words separated by single spaces need no trimming (the common case, checked fast).
const trimValue = (value: string): string =>
  /^[!-~]+(?: [!-~]+)*$/.test(value) ? value : value.trim().replace(/\s+/g, ' ');

/** Inserts `name: value` into the sorted parallel lists (a repeated name gets its value appended). */
function insert(names: string[], values: string[], name: string, value: string): void {
  let at = names.length;
  while (at > 0 && names[at - 1]! > name) at--;
  if (at > 0 && names[at - 1] === name) {
    values[at - 1] += ',' + value;
    return;
  }
  for (let move = names.length; move > at; move--) {
    names[move] = names[move - 1]!;
    values[move] = values[move - 1]!;
  }
  names[at] = name;
  values[at] = value;
}

/**
 * Builds the canonical headers: lowercase names, values trimmed with inner whitespace (line folds
 * included) collapsed to one space, repeated headers joined with `,`, sorted by name.
 * `host` is signed when the input has no `Host` header. `own` are the headers the signer sets
 * itself: input copies of those names are ignored; a `null` value sets the header without signing it.
 * Throws {@link InvalidRequestError} for a name that is not an RFC 7230 token.
 *
 * @example
 * ```ts
 * canonicalHeaders({ 'My-Header': ' a   b ' }, 'example.com', { 'x-amz-date': '20150830T123600Z' }, UNSIGNED_HEADERS);
 * // { canonical: 'host:example.com\nmy-header:a b\nx-amz-date:20150830T123600Z\n', signed: 'host;my-header;x-amz-date', keys: {} }
 * ```
 */
export function canonicalHeaders(
  headers: HeaderMap | undefined,
  host: string,
  own: Readonly<Record<string, string | null>>,
  unsigned: ReadonlySet<string>,
): CanonicalHeaders {
  // Names and values kept sorted by insertion: requests carry a handful of headers, and this
  // beats a dictionary plus a sort several times over.
  const names: string[] = [];
  const values: string[] = [];
  let keys: Record<string, string> | undefined;
  let hasHost = false;
  for (const key in headers) {
    const value = headers[key];
    const name = key.toLowerCase();
    if (!TOKEN.test(name)) throw new InvalidRequestError(`Invalid header name "${key}"`);
    if (Object.hasOwn(own, name)) (keys ??= {})[name] = key;
    else if (value !== undefined && !unsigned.has(name)) {
      hasHost ||= name === 'host';
      insert(
        names,
        values,
        name,
        typeof value === 'string' ? trimValue(value) : value.map(trimValue).join(','),
      );
    }
  }
  if (!hasHost) insert(names, values, 'host', host);
  for (const name in own) if (own[name] !== null) insert(names, values, name, own[name]!);
  let canonical = '';
  let signed = '';
  for (let at = 0; at < names.length; at++) {
    canonical += names[at] + ':' + values[at] + '\n';
    signed += (signed && ';') + names[at];
  }
  return { canonical, signed, keys: keys ?? NO_KEYS };
}
