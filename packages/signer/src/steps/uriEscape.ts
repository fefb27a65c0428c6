/**
 * Percent-encodes everything except the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`),
 * with uppercase hex, as SigV4 requires. `encodeURIComponent` alone leaves `!'()*` unencoded.
 * An unpaired UTF-16 surrogate is encoded as U+FFFD (`%EF%BF%BD`), as `fetch` and `URL` send it,
 * so the signature covers the bytes on the wire (`encodeURIComponent` would throw a URIError).
 *
 * @example
 * ```ts
 * uriEscape('a b/c*'); // 'a%20b%2Fc%2A'
 * ```
 */
export const uriEscape = (value: string): string =>
  /^[\w.~-]*$/.test(value)
    ? value
    : // With the u flag a valid pair is one code point, so only an unpaired surrogate matches.
      encodeURIComponent(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')).replace(
        /[!'()*]/g,
        (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
      );
