/**
 * Percent-encodes everything except the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`),
 * with uppercase hex, as SigV4 requires. `encodeURIComponent` alone leaves `!'()*` unencoded.
 *
 * @example
 * ```ts
 * uriEscape('a b/c*'); // 'a%20b%2Fc%2A'
 * ```
 */
export const uriEscape = (value: string): string =>
  /^[\w.~-]*$/.test(value)
    ? value
    : // escape() writes %21 %27 %28 %29 for ! ' ( ) but leaves * as is.
      encodeURIComponent(value).replace(/[!'()*]/g, (c) => (c === '*' ? '%2A' : escape(c)));
