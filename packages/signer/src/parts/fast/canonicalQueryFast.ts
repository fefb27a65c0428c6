import { CANONICAL_ESCAPE_DIGITS, canonicalQuery, canonicalQueryPart } from '../../steps/canonicalQuery.js';
import { refusePresigned } from '../../steps/presignParameters.js';

// A whole query already in canonical form: every part `name` or `name=value` with no further `=`,
// names and values made of unreserved characters and uppercase escapes of bytes that must stay
// escaped. Runs of plain characters are matched by one `*` (a per-character alternation costs a
// third more on a 250-character query).
const PLAIN = `[\\w.~-]*(?:%${CANONICAL_ESCAPE_DIGITS}[\\w.~-]*)*`;
const CANONICAL_QUERY = new RegExp(`^${PLAIN}(?:=${PLAIN})?(?:&${PLAIN}(?:=${PLAIN})?)*$`);
// The common case: every part `name=value` (no bare names, no empty parts).
const CANONICAL_PAIRS = new RegExp(`^${PLAIN}=${PLAIN}(?:&${PLAIN}=${PLAIN})*$`);
// One name or value already canonical: answered without canonicalQueryPart's replace.
const CANONICAL_PART = new RegExp(`^${PLAIN}$`);
const canonicalPart = (text: string): string => (CANONICAL_PART.test(text) ? text : canonicalQueryPart(text));

const EQUALS = 61;
// Insertion sort is quadratic: past this many characters (a few hundred parameters) the compact
// canonical query, which sorts in O(n log n), answers instead.
const LONG_QUERY = 1024;

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

/** The rank of the character at `at` in a sort key: its code (below 128 in canonical text), `=` 1, past the end 0. */
const rank = (text: string, at: number, end: number): number => {
  if (at >= end) return 0;
  const code = text.charCodeAt(at);
  return code === EQUALS ? 1 : code;
};

// Per part: a sort key of its first three characters, and where it starts and ends. Reused (the
// signer runs synchronously, so never twice at once) and grown on demand.
let KEYS = new Int32Array(64);
let STARTS = new Int32Array(64);
let ENDS = new Int32Array(64);

/**
 * Sorts the `&`-separated parts of canonical `text` by insertion on their positions; keys decide
 * most comparisons with one integer compare. Returns the part count (positions in STARTS/ENDS),
 * negated when the parts were in order already, complete (`name=`) and none empty: then `text`
 * is its own canonical form.
 */
function sortParts(text: string, pairs: boolean): number {
  let count = 0;
  let inPlace = true;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('&', start);
    if (end < 0) end = text.length;
    if (end === start) {
      inPlace = false;
    } else {
      if (count === KEYS.length) grow();
      // '=' and the end rank below every character a canonical name holds, so keys order parts
      // by name, then value, as far as their first three characters go.
      const key =
        (rank(text, start, end) << 14) | (rank(text, start + 1, end) << 7) | rank(text, start + 2, end);
      let at = count++;
      while (at > 0) {
        const previous = KEYS[at - 1]!;
        if (
          previous !== key ? previous < key : inOrder(text, STARTS[at - 1]!, ENDS[at - 1]!, text, start, end)
        ) {
          break;
        }
        KEYS[at] = previous;
        STARTS[at] = STARTS[at - 1]!;
        ENDS[at] = ENDS[at - 1]!;
        at--;
      }
      inPlace &&= at === count - 1 && (pairs || isPair(text, start, end));
      KEYS[at] = key;
      STARTS[at] = start;
      ENDS[at] = end;
    }
    start = end + 1;
  }
  return inPlace ? -count : count;
}

const isPair = (text: string, start: number, end: number): boolean => {
  const eq = text.indexOf('=', start);
  return eq >= 0 && eq < end;
};

function grow(): void {
  const size = KEYS.length * 2;
  const widen = (from: Int32Array) => {
    const to = new Int32Array(size);
    to.set(from);
    return to;
  };
  KEYS = widen(KEYS);
  STARTS = widen(STARTS);
  ENDS = widen(ENDS);
}

/**
 * The sorted parts joined: parts that were neighbours in `text` too are copied as one slice, a
 * bare name gets its `=`.
 */
function joinParts(text: string, count: number, pairs: boolean): string {
  let out = '';
  for (let at = 0; at < count; ) {
    const start = STARTS[at]!;
    let end = ENDS[at]!;
    let bare = !pairs && !isPair(text, start, end);
    while (!bare && ++at < count && STARTS[at] === end + 1) {
      end = ENDS[at]!;
      bare = !pairs && !isPair(text, STARTS[at]!, end);
    }
    if (bare) at++;
    // A part after the first is sliced with the '&' in front of it in `text`: one piece, not two.
    const piece = !out
      ? text.slice(start, end)
      : start > 0
        ? text.slice(start - 1, end)
        : '&' + text.slice(0, end);
    out += bare ? piece + '=' : piece;
  }
  return out;
}

/**
 * {@link canonicalQuery} for the node entry's signer: no copies when the query is canonical and
 * sorted already, an insertion sort on positions otherwise (the compact one for long queries);
 * `extra` must be canonical and sorted; `presigning` as in canonicalQuery.
 */
export function canonicalQueryFast(query: string, extra = '', presigning = false): string {
  if (!query) return extra;
  if (query.length > LONG_QUERY) return canonicalQuery(query, extra, presigning);
  const pairs = CANONICAL_PAIRS.test(query);
  const text =
    pairs || CANONICAL_QUERY.test(query)
      ? query
      : query
          .split('&')
          .map((part) => {
            const eq = part.indexOf('=');
            return eq < 0
              ? canonicalPart(part)
              : canonicalPart(part.slice(0, eq)) + '=' + canonicalPart(part.slice(eq + 1));
          })
          .join('&');
  // Checked here, where the query is canonical (its names decoded) and one flat string.
  if (presigning) refusePresigned(text);
  const sorted = sortParts(text, pairs);
  const count = Math.abs(sorted);
  const joined = sorted < 0 ? text : joinParts(text, count, pairs);
  if (!extra || !joined) return joined || extra;
  // The extra parameters usually all sort before (or after) the query's: join instead of sorting.
  const extraLast = extra.lastIndexOf('&') + 1;
  if (inOrder(extra, extraLast, extra.length, text, STARTS[0]!, ENDS[0]!)) return extra + '&' + joined;
  const extraFirstEnd = (extra.indexOf('&') + 1 || extra.length + 1) - 1;
  if (inOrder(text, STARTS[count - 1]!, ENDS[count - 1]!, extra, 0, extraFirstEnd))
    return joined + '&' + extra;
  const all = extra + '&' + joined;
  return joinParts(all, Math.abs(sortParts(all, true)), true);
}
