/**
 * Percent-encodes everything except the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`),
 * with uppercase hex, as SigV4 requires. `encodeURIComponent` alone leaves `!'()*` unencoded.
 *
 * @example
 * ```ts
 * uriEscape('a b/c*'); // 'a%20b%2Fc%2A'
 * ```
 */
export function uriEscape(value: string): string {
  return /^[\w.~-]*$/.test(value)
    ? value
    : encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
