import { refusePresigned } from './presignParameters.js';
import { uriEscape } from './uriEscape.js';

/**
 * The two digits after the `%` of an escape that is canonical already: uppercase hex of a byte
 * that must stay escaped (anything but the unreserved `A-Z a-z 0-9 - . _ ~`). A regex source.
 */
export const CANONICAL_ESCAPE_DIGITS = '(?!2[DE]|3\\d|[46][1-9A-F]|[57][\\dA]|5F|7E)[\\dA-F]{2}';

/**
 * What canonicalQueryPart rewrites: an escape that is not canonical (its hex captured), a `%` that
 * starts no escape, or a run of characters to escape. Canonical escapes are skipped in the scan:
 * queries from URLSearchParams are full of them, and a callback each would cost more than the rest.
 * Written out as a literal ({@link CANONICAL_ESCAPE_DIGITS} inside; a test holds the two equal).
 */
export const NOT_CANONICAL =
  /%(?!(?!2[DE]|3\d|[46][1-9A-F]|[57][\dA]|5F|7E)[\dA-F]{2})([\dA-Fa-f]{2})?|[^\w.~#%-]+/g;

/**
 * The canonical form of query text (a name, a value, or `name#value`), byte-wise as aws-c-auth
 * does: an escape of an unreserved character becomes the character, other escapes are kept
 * (uppercase), a `%` that starts no escape is data, and every other character is escaped but `#`,
 * which a query never holds (it starts the fragment): canonicalQuery uses it to join a name and
 * its value. `+` is data too (`%2B`), not a space: fetch sends it as is and AWS reads it so.
 *
 * @example
 * ```ts
 * canonicalQueryPart('a+b%2f%7E!'); // 'a%2Bb%2F~%21'
 * ```
 */
export const canonicalQueryPart = (text: string): string =>
  text.replace(NOT_CANONICAL, (match, hex: string | undefined) =>
    // An escape of a byte above 0x7F is part of a UTF-8 sequence: decoded alone it would change.
    hex && parseInt(hex, 16) > 0x7f
      ? match.toUpperCase()
      : uriEscape(hex ? decodeURIComponent(match) : match),
  );

/**
 * The canonical query string: every parameter in canonical form ({@link canonicalQueryPart}),
 * sorted by name then value, a bare name as `name=`, empty parts dropped; `extra` holds more
 * parameters (the `X-Amz-*` parameters of a presigned URL, `a=1&b=2`). When `presigning`, a query
 * that holds one of them already is an {@link InvalidRequestError}.
 *
 * @example
 * ```ts
 * canonicalQuery('b=2&a=x y&a=%41'); // 'a=A&a=x%20y&b=2'
 * ```
 */
export const canonicalQuery = (query: string, extra = '', presigning = false): string => {
  // Checked on the query's own parameters, their names decoded.
  if (presigning) refusePresigned(canonicalQuery(query));
  return (
    `${query}&${extra}`
      .split('&')
      .filter(Boolean)
      // The first `=` (or the end) becomes `#`: it sorts before every character of a canonical name
      // or value, so sorting `name#value` sorts by name, then value.
      .map((part) => canonicalQueryPart(part.replace(/=|$/, '#')))
      .sort()
      .join('&')
      .replace(/#/g, '=')
  );
};
