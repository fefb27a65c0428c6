import { uriEscape } from './uriEscape.js';

const decode = (part: string): string => {
  if (!/[%+]/.test(part)) return part;
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part; // a stray '%' is data, and gets encoded as %25
  }
};

/**
 * The canonical query string: every parameter decoded (`+` is a space, as in forms), re-encoded
 * with {@link uriEscape}, sorted by name then value; `extra` holds already-encoded `name=value`
 * pairs (the `X-Amz-*` parameters of a presigned URL).
 *
 * @example
 * ```ts
 * canonicalQuery('b=2&a=x y&a=%41'); // 'a=A&a=x%20y&b=2'
 * ```
 */
export function canonicalQuery(query: string, extra: readonly string[] = []): string {
  if (!query && extra.length === 0) return '';
  // Sorting "name value" with a space (below every encoded character) orders by name, then value.
  const pairs: string[] = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    pairs.push(
      eq < 0
        ? uriEscape(decode(part)) + ' '
        : uriEscape(decode(part.slice(0, eq))) + ' ' + uriEscape(decode(part.slice(eq + 1))),
    );
  }
  for (const pair of extra) pairs.push(pair.replace('=', ' '));
  return pairs.sort().join('&').replace(/ /g, '=');
}
