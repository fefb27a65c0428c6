import { uriEscape } from './uriEscape.js';

// Already canonical: unreserved characters and uppercase escapes of bytes that must stay escaped
// (the lookahead rejects escapes of unreserved characters, which canonicalise to the character).
export const CANONICAL = /^(?:[\w.~-]|%(?!2[DE]|3\d|[46][1-9A-F]|[57][\dA]|5F|7E)[\dA-F]{2})*$/;

/**
 * The canonical form of one query name or value, byte-wise as aws-c-auth does: an escape of an
 * unreserved character becomes the character, other escapes are kept (uppercase), `+` is a space
 * (as in forms), a `%` that starts no escape is data, and every other character is escaped.
 *
 * @example
 * ```ts
 * canonicalQueryPart('a+b%2f%7E!'); // 'a%20b%2F~%21'
 * ```
 */
export const canonicalQueryPart = (part: string): string =>
  CANONICAL.test(part)
    ? part
    : part.replace(/%([\dA-F]{2})|\+|%|[^\w.~%+-]+/gi, (match, hex?: string) => {
        if (!hex) return match === '+' ? '%20' : uriEscape(match);
        const char = String.fromCharCode(Number.parseInt(hex, 16));
        return /[\w.~-]/.test(char) ? char : '%' + hex.toUpperCase();
      });

/**
 * The canonical query string: every parameter in canonical form ({@link canonicalQueryPart}),
 * sorted by name then value, a bare name as `name=`, empty parts dropped; `extra` holds more
 * parameters (the `X-Amz-*` parameters of a presigned URL, `a=1&b=2`).
 *
 * @example
 * ```ts
 * canonicalQuery('b=2&a=x y&a=%41'); // 'a=A&a=x%20y&b=2'
 * ```
 */
export const canonicalQuery = (query: string, extra = ''): string =>
  (query + '&' + extra)
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=') + 1 || part.length + 1;
      // A space sorts before every character of a canonical name or value (it is always
      // escaped there), so sorting `name value` strings sorts by name, then value.
      return canonicalQueryPart(part.slice(0, eq - 1)) + ' ' + canonicalQueryPart(part.slice(eq));
    })
    .sort()
    .join('&')
    .replace(/ /g, '=');
