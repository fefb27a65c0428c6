import { CANONICAL, canonicalQueryPart } from './canonicalQuery.js';

// A whole query already in canonical form: every part `name` or `name=value` with no further `=`,
// names and values as CANONICAL; then no part needs rewriting.
const CANONICAL_CHARS = CANONICAL.source.slice(1, -1);
const CANONICAL_QUERY = new RegExp(
  `^${CANONICAL_CHARS}(?:=${CANONICAL_CHARS})?(?:&${CANONICAL_CHARS}(?:=${CANONICAL_CHARS})?)*$`,
);

const EQUALS = 61;

/**
 * Whether the pair at `a..aEnd` of `left` sorts before (or with) the one at `b..bEnd` of `right`,
 * by name then value: `=` ends a name, so a name sorts before every longer name it starts.
 */
const inOrder = (left: string, a: number, aEnd: number, right: string, b: number, bEnd: number): boolean => {
  let inValue = false;
  for (; a < aEnd && b < bEnd && left.charCodeAt(a) === right.charCodeAt(b); a++, b++) {
    inValue ||= left.charCodeAt(a) === EQUALS;
  }
  if (a === aEnd || b === bEnd) return a === aEnd;
  const x = left.charCodeAt(a);
  const y = right.charCodeAt(b);
  return !inValue && (x === EQUALS || y === EQUALS) ? x === EQUALS : x < y;
};

/** A query in canonical order already: every part `name=value`, sorted (scanned in place, no copies). */
const isCanonicalOrder = (query: string): boolean => {
  let previous = -1;
  let previousEnd = -1;
  for (let start = 0; start < query.length; ) {
    const end = query.indexOf('&', start) + 1 || query.length + 1;
    const eq = query.indexOf('=', start);
    if (eq < 0 || eq >= end - 1) return false;
    if (previous >= 0 && !inOrder(query, previous, previousEnd, query, start, end - 1)) return false;
    previous = start;
    previousEnd = end - 1;
    start = end;
  }
  return !query.endsWith('&');
};

/**
 * {@link canonicalQuery} for the node entry's signer: no copies when the query is canonical and
 * sorted already, an insertion sort on positions otherwise; `extra` must be canonical and sorted.
 *
 * @example
 * ```ts
 * canonicalQueryFast('b=2&a=x y&a=%41'); // 'a=A&a=x%20y&b=2'
 * ```
 */
export function canonicalQueryFast(query: string, extra = ''): string {
  const text = CANONICAL_QUERY.test(query)
    ? query
    : query
        .split('&')
        .map((part) => {
          const eq = part.indexOf('=');
          return eq < 0
            ? canonicalQueryPart(part)
            : canonicalQueryPart(part.slice(0, eq)) + '=' + canonicalQueryPart(part.slice(eq + 1));
        })
        .join('&');
  const inPlace = isCanonicalOrder(text);
  const sorted = inPlace ? text : sortParts(text);
  if (!extra || !sorted) return sorted || extra;
  // The extra parameters usually all sort before (or after) the query's: join instead of sorting.
  // The query's first and last parts are compared where they lie in `text` (sorted may be a rope).
  const partEnd = (from: string) => (from.indexOf('&') + 1 || from.length + 1) - 1;
  const firstStart = inPlace ? 0 : STARTS[0]!;
  const firstEnd = inPlace ? partEnd(text) : ENDS[0]!;
  const lastStart = inPlace ? text.lastIndexOf('&') + 1 : STARTS[sortedCount - 1]!;
  const lastEnd = inPlace ? text.length : ENDS[sortedCount - 1]!;
  if (inOrder(extra, extra.lastIndexOf('&') + 1, extra.length, text, firstStart, firstEnd)) {
    return extra + '&' + sorted;
  }
  if (inOrder(text, lastStart, lastEnd, extra, 0, partEnd(extra))) return sorted + '&' + extra;
  return sortParts(extra + '&' + sorted);
}

// Part positions for sortParts, reused: it runs synchronously, so never twice at once.
const STARTS: number[] = [];
const ENDS: number[] = [];
let sortedCount = 0;

/**
 * Sorts the `&`-separated parts of canonical text by insertion on their positions, compared in
 * place (queries are short: cheaper than splitting into pairs and a comparator-driven sort);
 * drops empty parts and completes bare names as `name=`.
 */
function sortParts(text: string): string {
  let count = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('&', start);
    if (end < 0) end = text.length;
    if (end > start) {
      let at = count++;
      while (at > 0) {
        const previous = STARTS[at - 1]!;
        const previousEnd = ENDS[at - 1]!;
        // Names mostly differ at their first character: decide without the full comparison.
        const x = text.charCodeAt(previous);
        const y = text.charCodeAt(start);
        if (
          x !== y && x !== EQUALS && y !== EQUALS
            ? x < y
            : inOrder(text, previous, previousEnd, text, start, end)
        ) {
          break;
        }
        STARTS[at] = previous;
        ENDS[at] = previousEnd;
        at--;
      }
      STARTS[at] = start;
      ENDS[at] = end;
    }
    start = end + 1;
  }
  sortedCount = count;
  let sorted = '';
  for (let at = 0; at < count; at++) {
    const start = STARTS[at]!;
    const end = ENDS[at]!;
    const eq = text.indexOf('=', start);
    sorted += (at ? '&' : '') + text.slice(start, end) + (eq < 0 || eq > end ? '=' : '');
  }
  return sorted;
}
