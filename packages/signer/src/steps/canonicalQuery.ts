import { uriEscape } from './uriEscape.js';

/**
 * The canonical form of query text (a name, a value, or `name#value`), byte-wise as aws-c-auth
 * does: an escape of an unreserved character becomes the character, other escapes are kept
 * (uppercase), a `%` that starts no escape is data, and every other character is escaped but `#`,
 * which a query never holds (it starts the fragment): canonicalQuery uses it to join a name and
 * its value. `+` is data too (`%2B`), not a space: fetch sends it as is and AWS reads it so.
 * Canonical text comes back unchanged, at the cost of one scan: the regex skips what is canonical.
 *
 * @example
 * ```ts
 * canonicalQueryPart('a+b%2f%7E!'); // 'a%2Bb%2F~%21'
 * ```
 */
export const canonicalQueryPart = (text: string): string =>
  // Matched: a `%` and its escape (either case), unless the escape is canonical already (uppercase,
  // of a byte that must stay escaped: the inner lookahead lists the unreserved characters), and
  // runs of characters to escape. Canonical escapes are common (a query from `URLSearchParams` is
  // full of them) and a callback per escape would cost more than the rest of the signature's
  // JavaScript. In the callback, an ASCII escape (first digit below 8) is decoded and escaped
  // again, which leaves an unreserved character as itself and writes any other in uppercase; an
  // escape of a higher byte is uppercased, as decoding it alone would make a character of it.
  // Other matches hold no escape (unescape leaves them as they are) and are escaped.
  text.replace(
    /%(?!(?!2[DE]|3\d|[46][1-9A-F]|[57][\dA]|5F|7E)[\dA-F]{2})([\dA-Fa-f]{2})?|[^\w.~#%-]+/g,
    (match, hex = '') => (hex < '8' ? uriEscape(unescape(match)) : match.toUpperCase()),
  );

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
    // The first `=` (or the end) becomes `#`: it sorts before every character of a canonical name
    // or value, so sorting `name#value` sorts by name, then value.
    .map((part) => canonicalQueryPart(part.replace(/=|$/, '#')))
    .sort()
    .join('&')
    .replace(/#/g, '=');
