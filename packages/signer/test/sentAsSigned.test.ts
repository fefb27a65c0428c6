// What a signer returns to send is what it signed: the URL's host and the header values, on both
// backends and both part sets. `new URL()` stands for fetch (the host it contacts).
import { describe, expect, test } from 'vitest';
import { explain } from '../src/explain.js';
import { variants } from './support/backends.js';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
const signingDate = new Date('2015-08-30T12:36:00Z');

/** The canonical header lines of a canonical request (method, path, query, then headers), by name. */
const signedHeaders = (canonicalRequest: string): Record<string, string> => {
  const lines = canonicalRequest.split('\n').slice(3);
  return Object.fromEntries(
    lines
      .slice(0, lines.indexOf(''))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
  );
};

describe.each(variants)('%s', (_label, crypto, createSigner) => {
  const signer = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto });
  const signatureOf = async (url: string, query = false) =>
    (await explain(signer, { url }, { signingDate, query })).signature;

  test('a literal + in the query is signed as %2B (what fetch sends), not as a space', async () => {
    // fetch sends the query as written: the '+' stays a '+', which AWS reads as data.
    expect(new URL('https://iam.amazonaws.com/?Marker=a+b').search).toBe('?Marker=a+b');
    for (const query of [false, true]) {
      const plus = await signatureOf('https://iam.amazonaws.com/?Marker=a+b&c+d=1', query);
      expect(plus).toBe(await signatureOf('https://iam.amazonaws.com/?Marker=a%2Bb&c%2Bd=1', query));
      expect(plus).not.toBe(await signatureOf('https://iam.amazonaws.com/?Marker=a%20b&c%20d=1', query));
    }
  });

  test('a port with leading zeros: signed for the Host fetch sends', async () => {
    const url = 'https://iam.amazonaws.com:0443/';
    const { canonicalRequest } = await explain(signer, { url }, { signingDate });
    expect(signedHeaders(canonicalRequest).host).toBe(new URL(url).host);
  });

  test('number, boolean and null header values: signed as sent, null neither signed nor sent', async () => {
    const request = {
      method: 'POST',
      url: 'https://iam.amazonaws.com/',
      headers: { 'Content-Length': 35, 'X-Flag': true, 'X-Null': null, 'X-Undefined': undefined },
      body: 'Action=ListUsers&Version=2010-05-08',
    };
    const { canonicalRequest, request: sent } = await explain(signer, request, { signingDate });
    const signed = signedHeaders(canonicalRequest);
    expect(signed['content-length']).toBe('35');
    expect(signed['x-flag']).toBe('true');
    expect(sent.headers['Content-Length']).toBe('35');
    expect(sent.headers['X-Flag']).toBe('true');
    expect(Object.keys(signed)).not.toContain('x-null');
    expect(Object.keys(sent.headers)).not.toContain('X-Null');
    expect(Object.keys(sent.headers)).not.toContain('X-Undefined');
  });

  test('a list value is sent on one line that AWS canonicalises to the value signed', async () => {
    const request = { url: 'https://iam.amazonaws.com/', headers: { 'X-List': ['a', ' b ', 'c  d '] } };
    const { canonicalRequest, request: sent } = await explain(signer, request, { signingDate });
    const line = sent.headers['X-List']!;
    // What AWS does with the one header line it receives: trim it, collapse its runs of spaces.
    expect(line.trim().replace(/[ \t]+/g, ' ')).toBe(signedHeaders(canonicalRequest)['x-list']);
    expect(signedHeaders(canonicalRequest)['x-list']).toBe('a,b,c d');
  });
});

/** Canonical form of a raw query, worked out independently: parts split at the first `=`, decoded, escaped, sorted. */
const canonicalOf = (query: string) =>
  query
    .split('&')
    .filter((part) => part && !part.startsWith('X-Amz-Signature='))
    .map((part) => {
      const equals = part.indexOf('=');
      const encode = (raw: string) =>
        encodeURIComponent(decodeURIComponent(raw)).replace(
          /[!'()*]/g,
          (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
        );
      return equals < 0
        ? [encode(part), '']
        : [encode(part.slice(0, equals)), encode(part.slice(equals + 1))];
    })
    .sort(([a, x], [b, y]) => (a! < b! ? -1 : a! > b! ? 1 : x! < y! ? -1 : x! > y! ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');

describe.each(variants)('%s: presigned URLs', (_label, crypto, createSigner) => {
  const signer = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto });

  // `?`, `&` and `#` at every edge of the path, the query and the fragment. The path fetch sends,
  // its parameters and its fragment are the input's, plus the X-Amz-* parameters: the query signed.
  test.each([
    'https://iam.amazonaws.com/a&',
    'https://iam.amazonaws.com/a=',
    'https://iam.amazonaws.com/&',
    'https://iam.amazonaws.com/a&#f',
    'https://iam.amazonaws.com/a&/b&',
    'https://iam.amazonaws.com',
    'https://iam.amazonaws.com?',
    'https://iam.amazonaws.com#f?x&',
    'https://iam.amazonaws.com/?',
    'https://iam.amazonaws.com/?#',
    'https://iam.amazonaws.com/?#f',
    'https://iam.amazonaws.com/?&',
    'https://iam.amazonaws.com/?&&',
    'https://iam.amazonaws.com/?a',
    'https://iam.amazonaws.com/?a&',
    'https://iam.amazonaws.com/?a=1&',
    'https://iam.amazonaws.com/?a=1&&b=2',
    'https://iam.amazonaws.com/?&a=1',
    'https://iam.amazonaws.com/?a=?&b=&#c&',
    'https://iam.amazonaws.com/a?b?',
    'https://iam.amazonaws.com/a&?b&',
    'https://iam.amazonaws.com/a#',
    'https://iam.amazonaws.com/a#&',
    'https://iam.amazonaws.com/a?#?',
  ])('%s', async (url) => {
    const { request: presigned, canonicalRequest } = await explain(
      signer,
      { url },
      { signingDate, query: true },
    );
    const sent = new URL(presigned.url);
    const given = new URL(url);
    expect(sent.pathname).toBe(given.pathname);
    expect(sent.hash).toBe(given.hash);
    const amz = (name: string) => name.startsWith('X-Amz-');
    expect([...sent.searchParams].filter(([name]) => !amz(name))).toEqual([...given.searchParams]);
    expect([...sent.searchParams.keys()].filter(amz)).toEqual([
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-SignedHeaders',
      'X-Amz-Expires',
      'X-Amz-Signature',
    ]);
    expect(canonicalRequest.split('\n')[2]).toBe(canonicalOf(sent.search.slice(1)));
  });
});
