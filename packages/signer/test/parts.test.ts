// The universal entry signs with compact parts, the node entry with fast ones: on generated
// inputs (a fixed pseudo-random sequence, so failures reproduce) both must answer the same.
import { describe, expect, test } from 'vitest';
import { UNSIGNED_HEADERS } from '../src/constants.js';
import { compactParts } from '../src/parts/compactParts.js';
import { canonicalHeadersFast } from '../src/parts/fast/canonicalHeadersFast.js';
import { canonicalQueryFast } from '../src/parts/fast/canonicalQueryFast.js';
import { fastParts } from '../src/parts/fast/fastParts.js';
import { parseUrlFast } from '../src/parts/fast/parseUrlFast.js';
import { canonicalHeaders, type HeaderMap } from '../src/steps/canonicalHeaders.js';
import { CANONICAL_ESCAPE_DIGITS, canonicalQuery, NOT_CANONICAL } from '../src/steps/canonicalQuery.js';
import { parseUrl } from '../src/steps/parseUrl.js';
import { uriEscape } from '../src/steps/uriEscape.js';
import { random } from './support/random.js';

const next = random(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const text = (pieces: readonly string[], max: number) =>
  Array.from({ length: Math.floor(next() * max) }, () => pick(pieces)).join('');

/** What a call answers, or the name of the error it throws. */
const outcome = <A extends unknown[]>(f: (...args: A) => unknown, ...args: A) => {
  try {
    return f(...args);
  } catch (error) {
    return (error as Error).name;
  }
};

const QUERY_PIECES = [
  'a',
  'B',
  'z',
  '1',
  '-',
  '.',
  '_',
  '~',
  '%',
  '%2f',
  '%2F',
  '%7E',
  '%41',
  '%zz',
  '+',
  ' ',
  'é',
  '=',
  '&',
  '&',
  '!',
  '*',
  '/',
  'X-Amz-Date',
  'x',
];
const EXTRA =
  'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20150830%2Fr%2Fs%2Faws4_request&X-Amz-Date=20150830T123600Z';

describe('compact and fast parts agree', () => {
  test('both part sets have the same parts, with the same answers', () => {
    expect(Object.keys(fastParts).sort()).toEqual(Object.keys(compactParts).sort());
    expect(compactParts.canonicalUri('/a//b/../c%20d', true, true)).toBe(
      fastParts.canonicalUri('/a//b/../c%20d', true, true),
    );
    expect(compactParts.toAmzDate('2015-08-30T12:36:00Z')).toBe(fastParts.toAmzDate('2015-08-30T12:36:00Z'));
    expect(compactParts.presignCredential('AKID', '20150830/r/s/aws4_request', 'D')).toBe(
      fastParts.presignCredential('AKID', '20150830/r/s/aws4_request', 'D'),
    );
    expect(compactParts.credentialScope('20150830', 'r', 's')).toBe(
      fastParts.credentialScope('20150830', 'r', 's'),
    );
  });

  test('one grammar of canonical escapes: the compact regex holds the one the fast one is built from', () => {
    expect(NOT_CANONICAL.source).toContain(`%(?!${CANONICAL_ESCAPE_DIGITS})`);
  });

  test('canonical query, 2,000 generated queries, with and without X-Amz-* parameters', () => {
    for (let i = 0; i < 2000; i++) {
      const query = text(QUERY_PIECES, 30);
      const extra = i % 2 ? EXTRA : '';
      expect(canonicalQuery(query, extra), query).toBe(canonicalQueryFast(query, extra));
    }
  });

  // The fast query path special-cases text that is canonical already (one regex, then an insertion
  // sort on positions keyed by the first three characters, copying runs of neighbouring parts), so
  // these queries are mostly canonical: encoded pairs with repeated names, names sharing their first
  // characters or starting one another, empty values, bare names, empty parts, in any order.
  test('canonical query, 4,000 generated queries of encoded pairs, against the compact one', () => {
    const names = ['a', 'ab', 'abc', 'abd', 'abcd', 'a-b', 'a.b', 'a_b', 'a~', 'A', 'Z', 'z', '0', '9', '~'];
    const moreNames = [
      'q',
      'path',
      'X-Amz-Date',
      'x-amz-date',
      'X-Amz-B',
      'Y',
      '%2F',
      '%C3%BC',
      'é',
      'a b',
      'a%41',
    ];
    const valuePieces = [
      ' ',
      '/',
      '~',
      'ü',
      '日',
      '😀',
      '=',
      '&',
      '+',
      '!',
      '*',
      "'",
      'a',
      'Z',
      '0',
      '-',
      '%',
      '.',
    ];
    const encoders = [uriEscape, encodeURIComponent, (v: string) => v];
    // Extras must be canonical and sorted; some sort before, after, or among the query's names.
    const extras = ['', EXTRA, 'X-Amz-Date=1', 'b=2&m=1', 'a=&abc=1&~=~'];
    for (let i = 0; i < 4000; i++) {
      const encode = next() < 0.8 ? uriEscape : pick(encoders);
      // Mostly up to 12 parts; every 50th query has up to 200 (more parts than the reused arrays hold).
      const count = Math.floor(next() * (i % 50 === 0 ? 200 : 12));
      const parts = Array.from({ length: count }, () => {
        const name = next() < 0.8 ? pick(names) : pick(moreNames);
        const roll = next();
        if (roll < 0.05) return '';
        if (roll < 0.15) return name;
        return `${name}=${roll < 0.3 ? '' : encode(text(valuePieces, 6))}`;
      });
      const query = parts.join('&');
      const extra = pick(extras);
      const want = canonicalQuery(query, extra);
      expect(canonicalQueryFast(query, extra), `${query} + ${extra}`).toBe(want);
      // The compact answer is canonical and sorted: the fast one must give it back unchanged,
      // alone and with the extra parameters merged in again.
      const alone = canonicalQuery(query, '');
      expect(canonicalQueryFast(alone, ''), alone).toBe(alone);
      expect(canonicalQueryFast(alone, extra), `${alone} + ${extra}`).toBe(want);
    }
  });

  test('canonical query: ten encoded parameters in any order (the benchmark query), presigned or not', () => {
    const names = ['q', 'path', 'owner', 'city', 'name', 'note', 'emoji', 'filter', 'tags', 'redirect'];
    const pieces = [
      'hello world',
      '/photos/2024',
      '~jane',
      'Zürich',
      '日本語',
      'a b/c~d',
      '😀 ok',
      'size>=10',
      'x;y,z',
      '?x=1&y=2',
    ];
    for (let i = 0; i < 300; i++) {
      const shuffled = [...names].sort(() => next() - 0.5);
      const query = shuffled.map((name) => `${name}=${encodeURIComponent(text(pieces, 3) + i)}`).join('&');
      for (const extra of ['', EXTRA]) {
        expect(canonicalQueryFast(query, extra), query).toBe(canonicalQuery(query, extra));
      }
    }
  });

  test('canonical query: many short parameters, in reverse order, up to and past the long-query limit', () => {
    for (const count of [63, 64, 65, 130, 200, 255, 256, 257, 400]) {
      // Names a0..zN, values short; reversed, so every insertion moves the whole sorted prefix.
      const parts = Array.from(
        { length: count },
        (_, i) => `${String.fromCharCode(97 + (i % 26))}${i}=${i % 3}`,
      );
      const query = parts.reverse().join('&');
      for (const extra of ['', EXTRA]) {
        expect(canonicalQueryFast(query, extra), `${count} parts`).toBe(canonicalQuery(query, extra));
      }
    }
  });

  test('URL parsing: an endpoint that starts another one is not mistaken for it', () => {
    const urls = [
      'https://h/a',
      'https://h.example.com/a',
      'https://h',
      'https://h?x=1',
      'https://h#f',
      'https://hx/',
      'https://h:8080/',
      'https://h:443/p',
      'https://h@g/',
      'https://H/a',
      'http://h/a',
      // Refused however the last endpoint was: `\` before the query, tab/CR/LF, a trailing space.
      'https://h\\@g/',
      'https://h\\',
      'https://h/a\\b',
      'https://h/a\tb',
      'https://h\n',
      'https://h/ ',
      'https://h:0443/a',
    ];
    for (let i = 0; i < 500; i++) {
      const url = pick(urls) + (next() < 0.5 ? '' : pick(['/b', '?q=1', '#top', '/c?d#e']));
      expect(outcome(parseUrlFast, url), url).toEqual(outcome(parseUrl, url));
    }
    // Not a string: both refuse it, whatever the last URL was.
    parseUrlFast('https://h/a');
    const notAString = new URL('https://h/a') as unknown as string;
    expect(outcome(parseUrlFast, notAString)).toBe('InvalidRequestError');
    expect(outcome(parseUrl, notAString)).toBe('InvalidRequestError');
  });

  test('canonical headers, 1,000 generated header maps', () => {
    const names = [
      'Host',
      'host',
      'X-A',
      'x-a',
      'Content-Type',
      'user-agent',
      'X-Amz-Date',
      'Authorization',
      'b',
      'bad name',
    ];
    const values = [
      'v',
      ' v ',
      'a  b',
      'a\n  b',
      '\tx\t',
      '',
      'é',
      'a,b',
      '\u00a0x\u00a0',
      'a\u2028 \ufeffb',
      '\v\f',
    ];
    // Not strings: signed as the string sent, or (null, undefined) skipped.
    const others = [35, 0, true, false, null, undefined];
    for (let i = 0; i < 1000; i++) {
      const headers: Record<string, HeaderMap[string]> = {};
      for (let n = Math.floor(next() * 6); n > 0; n--) {
        const roll = next();
        headers[pick(names)] =
          roll < 0.2 ? [pick(values), pick(values)] : roll < 0.3 ? pick(others) : pick(values);
      }
      const own = i % 2 ? { 'x-amz-date': 'D', authorization: null } : {};
      const compact = outcome(canonicalHeaders, headers, 'h', own, UNSIGNED_HEADERS);
      expect(compact, JSON.stringify(headers)).toEqual(
        outcome(canonicalHeadersFast, headers, 'h', own, UNSIGNED_HEADERS),
      );
    }
  });

  test('URL parsing, 2,000 generated URLs (valid or not)', () => {
    const schemes = ['https://', 'http://', 'HTTPS://', 'ftp://', '', 'https:/', 'x+y://'];
    const hosts = ['h', 'IAM.amazonaws.com', 'u:p@h', '[::1]', 'h:443', 'h:80', 'h:8080', 'h:8o', ''];
    const moreHosts = ['h\\@g', 'h g', 'h\u0001', 'h:0443', 'h%41', 'h\t'];
    const rests = ['', '/', '/a b', '?x=1', '/p?q#f', '#f', '/a/../b', '?a=1&b', '/%20?%41'];
    const moreRests = ['/a\\b', '?x\\y', '#\\', ' ', '\n', '\u001f', '\r'];
    for (let i = 0; i < 2000; i++) {
      const host = next() < 0.8 ? pick(hosts) : pick(moreHosts);
      const url = pick(schemes) + host + pick(rests) + (next() < 0.8 ? pick(rests) : pick(moreRests));
      // The fast parser remembers the last URL and endpoint: parse in a varying order.
      const fast = outcome(parseUrlFast, url);
      expect(outcome(parseUrl, url), url).toEqual(fast);
    }
  });
});
