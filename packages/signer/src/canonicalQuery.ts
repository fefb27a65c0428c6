import { uriEscape } from './uriEscape.js';

// Already canonical: unreserved characters and uppercase escapes of bytes that must stay escaped
// (the lookahead rejects escapes of unreserved characters, which canonicalise to the character).
export const CANONICAL = /^(?:[\w.~-]|%(?!2[DE]|3\d|[46][1-9A-F]|[57][\dA]|5F|7E)[\dA-F]{2})*$/;

/**
 * The canonical form of query text, byte-wise as aws-c-auth does: an escape of an unreserved
 * character becomes the character, other escapes are kept (uppercase), `+` is a space (as in
 * forms), a `%` that starts no escape is data, `#` is kept (a query never holds one: it starts the
 * fragment) and every other character is escaped.
 *
 * @example
 * ```ts
 * canonicalQueryText('a+b%2f%7E!'); // 'a%20b%2F~%21'
 * ```
 */
const canonicalQueryText = (text: string): string =>
  text.replace(/%([\dA-F]{2})|[+%]|[^\w.~%+#-]+/gi, (match, hex?: string) =>
    hex
      ? /[\w.~-]/.test(unescape(match))
        ? unescape(match)
        : match.toUpperCase()
      : uriEscape(match === '+' ? ' ' : match),
  );

/**
 * The canonical form of one query name or value (see {@link canonicalQueryText}); text that is
 * canonical already is answered at once.
 *
 * @example
 * ```ts
 * canonicalQueryPart('a+b%2f%7E!'); // 'a%20b%2F~%21'
 * ```
 */
export const canonicalQueryPart = (part: string): string =>
  CANONICAL.test(part) ? part : canonicalQueryText(part);

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
    // The first `=` (or the end) becomes `#`, kept by canonicalQueryText: it sorts before every
    // character of a canonical name or value, so sorting `name#value` sorts by name, then value.
    .map((part) => canonicalQueryText(part.replace(/=|$/, '#')))
    .sort()
    .join('&')
    .replace(/#/g, '=');
