// Unit tests of the canonical-request building blocks. Expected values follow the SigV4 rules
// (RFC 3986 unreserved set, sort by name then value, header value trimming), worked out by hand.
import { describe, expect, test, vi } from 'vitest';
import { UNSIGNED_HEADERS } from '../src/constants.js';
import { canonicalHeadersFast } from '../src/parts/fast/canonicalHeadersFast.js';
import { canonicalQueryFast } from '../src/parts/fast/canonicalQueryFast.js';
import { parseUrlFast } from '../src/parts/fast/parseUrlFast.js';
import { isInvalidRequestError } from '../src/SignerError.js';
import { canonicalHeaders } from '../src/steps/canonicalHeaders.js';
import { canonicalQuery } from '../src/steps/canonicalQuery.js';
import { canonicalUri } from '../src/steps/canonicalUri.js';
import { createCanonicalRequest } from '../src/steps/createCanonicalRequest.js';
import { type ParsedUrl, parseUrl } from '../src/steps/parseUrl.js';
import { uriEscape } from '../src/steps/uriEscape.js';
import { DOCS_CANONICAL_REQUEST } from './support/fixtures.js';

const rejects = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return isInvalidRequestError(error) ? (error as Error).message : `wrong error: ${String(error)}`;
  }
  return 'did not throw';
};

describe('uriEscape', () => {
  test('keeps only unreserved characters, uppercase hex', () => {
    expect(uriEscape("a b/c*!'()~._-")).toBe('a%20b%2Fc%2A%21%27%28%29~._-');
    expect(uriEscape('ሴ')).toBe('%E1%88%B4');
    expect(uriEscape('%41')).toBe('%2541');
  });
  test('encodes an unpaired surrogate as U+FFFD, as the URL standard (fetch) sends it; pairs stay', () => {
    for (const text of ['\uD800', 'a\uDC00b', '\uD83D\uDE00\uD83D', '\uDE00\uD83D\uDE00']) {
      // The WHATWG URL parser is the oracle: its path is what fetch puts on the wire.
      expect(uriEscape(text)).toBe(new URL(`https://h/${text}`).pathname.slice(1));
    }
    expect(uriEscape('\uD83D\uDE00')).toBe('%F0%9F%98%80');
  });
});

test("the fast parser's first call in a fresh module refuses a missing url (no remembered answer to return)", async () => {
  for (const url of [undefined, null, '']) {
    vi.resetModules();
    const { parseUrlFast: fresh } = await import('../src/parts/fast/parseUrlFast.js');
    expect(rejects(() => fresh(url as unknown as string))).toMatch(/Invalid URL/);
  }
});

describe.each([
  ['compact', parseUrl],
  ['fast', parseUrlFast],
] as const)('parseUrl (%s)', (_label, parseUrl) => {
  test('splits an absolute URL without re-encoding it', () => {
    expect(parseUrl('https://IAM.amazonaws.com:443/a b/c?x=1&y#top')).toEqual({
      base: 'https://IAM.amazonaws.com:443/a b/c?x=1&y',
      host: 'iam.amazonaws.com',
      path: '/a b/c',
      query: 'x=1&y',
    });
    expect(parseUrl('https://h/p#f')).toEqual({ base: 'https://h/p', host: 'h', path: '/p', query: '' });
  });
  test('keeps a non-default port, drops userinfo, handles IPv6 and an empty path', () => {
    expect(parseUrl('http://localhost:8080')).toEqual({
      base: 'http://localhost:8080',
      host: 'localhost:8080',
      path: '/',
      query: '',
    });
    expect(parseUrl('http://localhost:80/').host).toBe('localhost');
    expect(parseUrl('http://localhost:443/').host).toBe('localhost:443');
    expect(parseUrl('https://user:pw@[::1]:443/x')).toEqual({
      base: 'https://user:pw@[::1]:443/x',
      host: '[::1]',
      path: '/x',
      query: '',
    });
    expect(parseUrl('https://[::1]:8443/').host).toBe('[::1]:8443');
  });
  test('rejects relative or non-string URLs with InvalidRequestError', () => {
    expect(rejects(() => parseUrl('/relative'))).toMatch(/Invalid URL/);
    expect(rejects(() => parseUrl('not a url'))).toMatch(/Invalid URL/);
    expect(rejects(() => parseUrl('https://'))).toMatch(/Invalid URL/);
    expect(rejects(() => parseUrl('https://host:8o/'))).toMatch(/Invalid URL/);
    expect(rejects(() => parseUrl(42 as never))).toMatch(/Invalid URL/);
  });
  // What fetch sends is what the WHATWG URL parser makes of the URL: `new URL()` is the oracle.
  test('refuses a URL fetch would send elsewhere or changed, and does not echo it', () => {
    // `\` is a path delimiter in http(s): fetch contacts evil.example, not the host after `@`.
    expect(new URL('https://evil.example\\@iam.amazonaws.com/').host).toBe('evil.example');
    // Tab, CR and LF are removed anywhere, a C0 control or space at either end is trimmed.
    expect(new URL('https://iam.amazon\naws.com/ ').href).toBe('https://iam.amazonaws.com/');
    for (const url of [
      'https://evil.example\\@iam.amazonaws.com/',
      'https://iam.amazonaws.com\\@evil.example/',
      'https://iam.amazonaws.com\\evil.example/',
      'https://iam.amazonaws.com/a\\b?c',
      'https://iam.amazon\naws.com/',
      'https://iam.amazonaws.com\t/',
      'https://iam.amazonaws.com/a\rb',
      'https://iam.amazonaws.com/?a=\tb',
      'https://iam.amazonaws.com/#a\nb',
      'https://iam.amazonaws.com /',
      'https://iam .amazonaws.com/',
      'https://iam.amazonaws.com\u0001/',
      'https://iam.amazonaws.com\u007f/',
      ' https://iam.amazonaws.com/',
      '\u0000https://iam.amazonaws.com/',
      'https://iam.amazonaws.com/ ',
      'https://iam.amazonaws.com/?a=b\u001f',
      'https://iam.amazonaws.com ',
      // Hosts URL decodes or maps: the Host fetch sends would differ from the one written.
      'https://iam.amazon%61ws.com/',
      'https://b\u00fccher.example/',
      'https://a@b@iam.amazonaws.com/',
    ]) {
      const message = rejects(() => parseUrl(url));
      expect(message, JSON.stringify(url)).toMatch(/^Invalid URL: /);
      expect(message).not.toMatch(/amazon|example|b\u00fccher/);
    }
  });
  test('signs the host fetch contacts: the port read as a number, the default one dropped', () => {
    for (const url of [
      'https://iam.amazonaws.com:0443/',
      'https://iam.amazonaws.com:00443/x?y',
      'http://h:0080/',
      'http://h:0443/',
      'https://h:08443/',
      'https://h:00/',
      'https://h:/',
      'https://IAM.amazonaws.com./',
      'https://u:p@[::1]:0443/',
      'https://h_1.example',
      'HTTPS://H?x',
    ]) {
      expect(parseUrl(url).host, url).toBe(new URL(url).host);
    }
  });
  test('keeps raw spaces and other characters in path and query, and `\\` in the query', () => {
    expect(parseUrl('https://h/example space/?a b=c|d&e=\\#f g')).toEqual({
      base: 'https://h/example space/?a b=c|d&e=\\',
      host: 'h',
      path: '/example space/',
      query: 'a b=c|d&e=\\',
    });
  });
  test('generated URLs: refused, or the host, path and query fetch would send', () => {
    let seed = 7; // a fixed sequence (linear congruential), so failures reproduce
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = (items: readonly string[]) => items[Math.floor(next() * items.length)]!;
    const schemes = ['https://', 'http://', 'HTTP://'];
    const users = ['', '', 'u@', 'u:p@', 'e\\@', 'a@b@', 'u p@'];
    const hosts = [
      'h',
      'H.example',
      'h.',
      '[::1]',
      'h_1',
      'ex%61mple',
      'b\u00fccher',
      'h h',
      'h\u0001',
      'h\u007f',
    ];
    const ports = ['', '', ':', ':443', ':0443', ':80', ':0080', ':8080', ':00'];
    const rests = [
      '',
      '/',
      '/a b',
      '/a\\b',
      '?q\\r',
      '?a b=+',
      '#f\\g',
      '/p\n',
      ' ',
      '\u001f',
      '/x?y#z',
      '\t',
    ];
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const url = pick(schemes) + pick(users) + pick(hosts) + pick(ports) + pick(rests) + pick(rests);
      let sent: URL | undefined;
      try {
        sent = new URL(url);
      } catch {}
      let parsed: ParsedUrl | undefined;
      try {
        parsed = parseUrl(url);
      } catch (error) {
        expect(isInvalidRequestError(error), url).toBe(true);
      }
      if (!parsed) continue;
      accepted++;
      // Accepted: fetch would send it (URL parses it) to the host signed, with the path and the
      // query signed (URL percent-encodes some of their characters, as the canonical forms do).
      const { host, path, query } = parsed;
      // The host as signed, not re-parsed (that would normalise a port or a case we got wrong).
      expect(host, JSON.stringify(url)).toBe(sent!.host);
      const ours = new URL(`${url.slice(0, url.indexOf(':'))}://${host}${path}?${query}`);
      expect([ours.pathname, ours.search], JSON.stringify(url)).toEqual([sent!.pathname, sent!.search]);
    }
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(2500);
  });
});

describe('canonicalUri', () => {
  test('normalises and double-encodes by default', () => {
    expect(canonicalUri('/a//b/../c%20d', true, true)).toBe('/a/c%2520d');
    expect(canonicalUri('/a/./b/', true, true)).toBe('/a/b/');
    expect(canonicalUri('/a/b/..', true, true)).toBe('/a');
    expect(canonicalUri('/..', true, true)).toBe('/');
    expect(canonicalUri('/', true, true)).toBe('/');
    expect(canonicalUri('/.hidden/..data', true, true)).toBe('/.hidden/..data');
    expect(canonicalUri("/$!'*", true, true)).toBe('/%24%21%27%2A');
  });
  test('S3 style: no normalisation, existing escapes kept, only invalid characters encoded', () => {
    expect(canonicalUri('/a//b/../c%20d', false, false)).toBe('/a//b/../c%20d');
    expect(canonicalUri('/a b/ሴ', false, false)).toBe('/a%20b/%E1%88%B4');
  });
  test('normalisation and encoding are independent', () => {
    expect(canonicalUri('/a//b%2F', false, true)).toBe('/a//b%252F');
    expect(canonicalUri('/a//b%2F', true, false)).toBe('/a/b%2F');
  });
});

describe.each([
  ['compact', canonicalQuery],
  ['fast', canonicalQueryFast],
] as const)('canonicalQuery (%s)', (_label, canonicalQuery) => {
  test('decodes, re-encodes and sorts by name, then value', () => {
    expect(canonicalQuery('b=2&a=x y&a=%41')).toBe('a=A&a=x%20y&b=2');
    expect(canonicalQuery('a-b=1&a=2')).toBe('a=2&a-b=1');
    expect(canonicalQuery('k=%2F~&k2=ሴ')).toBe('k=%2F~&k2=%E1%88%B4');
  });
  test('a stray % is data, and a bare name is name=', () => {
    expect(canonicalQuery('r=%zz&flag&s=%&t=%4')).toBe('flag=&r=%25zz&s=%25&t=%254');
  });
  // fetch sends `+` as is and AWS (aws-c-auth) reads it as data, not as a form-encoded space.
  test('a literal + is data (%2B), in a name and in a value; %2B stays %2B', () => {
    expect(canonicalQuery('q=a+b')).toBe('q=a%2Bb');
    expect(canonicalQuery('a+b=1+')).toBe('a%2Bb=1%2B');
    expect(canonicalQuery('+=+&a=%2B&b=%2b&c= ')).toBe('%2B=%2B&a=%2B&b=%2B&c=%20');
    expect(canonicalQuery('k=a+b&k=a%2Bb&k=a%20b')).toBe('k=a%20b&k=a%2Bb&k=a%2Bb');
    expect(canonicalQuery('a+=1&a=2', 'X-Amz-Date=D')).toBe('X-Amz-Date=D&a=2&a%2B=1');
  });
  test('skips empty parts; extra X-Amz-* pairs sort with the rest (uppercase first)', () => {
    expect(canonicalQuery('x=1&&y=2')).toBe('x=1&y=2');
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('a=1', 'X-Amz-Date=20150830T123600Z')).toBe('X-Amz-Date=20150830T123600Z&a=1');
  });
});

describe.each([
  ['compact', canonicalHeaders],
  ['fast', canonicalHeadersFast],
] as const)('canonicalHeaders (%s)', (_label, canonicalHeaders) => {
  test('lowercases, trims, folds, joins repeats, sorts; skips unsigned headers; adds host', () => {
    const result = canonicalHeaders(
      {
        'My-Header': ' a   b ',
        'User-Agent': 'x',
        'X-Amzn-Trace-Id': 'y',
        A: ['1', ' 2 '],
        a: '3',
        X: 'v1\n  v2\t v3',
      },
      'example.com',
      { 'x-amz-date': 'D' },
      UNSIGNED_HEADERS,
    );
    expect(result.canonicalHeaders).toBe(
      'a:1,2,3\nhost:example.com\nmy-header:a b\nx:v1 v2 v3\nx-amz-date:D\n',
    );
    expect(result.signedHeaders).toBe('a;host;my-header;x;x-amz-date');
  });
  test("ignores the input's copies of the headers the signer sets, and remembers their spelling", () => {
    const result = canonicalHeaders(
      { 'X-Amz-Date': 'old', Authorization: 'stale', Host: 'proxy:8443' },
      'example.com',
      { 'x-amz-date': 'new', authorization: null },
      UNSIGNED_HEADERS,
    );
    expect(result.canonicalHeaders).toBe('host:proxy:8443\nx-amz-date:new\n');
    expect(result.inputNames).toEqual({ 'x-amz-date': 'X-Amz-Date', authorization: 'Authorization' });
  });
  test('a number or boolean is signed as the string sent; null is skipped like undefined', () => {
    const headers = {
      'Content-Length': 35,
      'X-Flag': true,
      'X-Off': false,
      'X-Zero': 0,
      'X-Null': null,
      'X-Undefined': undefined,
      'X-List': ['a', ' b '],
    };
    const result = canonicalHeaders(headers, 'h', {}, UNSIGNED_HEADERS);
    expect(result.canonicalHeaders).toBe(
      'content-length:35\nhost:h\nx-flag:true\nx-list:a,b\nx-off:false\nx-zero:0\n',
    );
    expect(result.signedHeaders).toBe('content-length;host;x-flag;x-list;x-off;x-zero');
  });
  test('only ASCII whitespace is trimmed and collapsed, as aws-c-auth does', () => {
    const headers = { C: ' \t\v\f\r\n z \v\f w\t\r\n ', E: '\v\f', F: ['a ', '\tb'] };
    expect(canonicalHeaders(headers, 'h', {}, UNSIGNED_HEADERS).canonicalHeaders).toBe(
      'c:z w\ne:\nf:a,b\nhost:h\n',
    );
  });
  test('a value outside ASCII (NBSP, U+2028, a BOM, é) is refused: fetch would send other bytes', () => {
    for (const value of ['\u00a0a', 'x\u2028y', '\ufeffx', 'caf\u00e9', ['ok', '\u3000']]) {
      expect(rejects(() => canonicalHeaders({ 'X-Value': value }, 'h', {}, UNSIGNED_HEADERS))).toMatch(
        /must be ASCII/,
      );
    }
    // fetch's own answer, the oracle: a Latin-1 character goes as one byte, anything above is refused.
    expect(() => new Headers({ 'x-value': 'caf\u00e9' })).not.toThrow();
    expect(() => new Headers({ 'x-value': 'x\u2028y' })).toThrow(TypeError);
  });
  test('a header named __proto__ is an ordinary header', () => {
    const headers = JSON.parse('{"__proto__":"v"}') as Record<string, string>;
    expect(canonicalHeaders(headers, 'h', {}, UNSIGNED_HEADERS).canonicalHeaders).toBe(
      '__proto__:v\nhost:h\n',
    );
  });
  test('rejects names that are not RFC 7230 tokens', () => {
    for (const name of ['Bad Header', 'a:b', '', 'é', 'x\ny']) {
      expect(rejects(() => canonicalHeaders({ [name]: 'v' }, 'h', {}, UNSIGNED_HEADERS))).toMatch(
        /Invalid header name/,
      );
    }
  });
  test('default unsigned list', () => {
    for (const name of ['authorization', 'user-agent', 'x-amzn-trace-id', 'expect', 'connection', 'via']) {
      expect(UNSIGNED_HEADERS.has(name)).toBe(true);
    }
    for (const name of ['content-type', 'content-length', 'x-amz-target', 'host']) {
      expect(UNSIGNED_HEADERS.has(name)).toBe(false);
    }
  });
});

describe('createCanonicalRequest', () => {
  test("matches the IAM ListUsers example of AWS's SigV4 documentation", () => {
    const canonical = createCanonicalRequest({
      method: 'get',
      url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
        'X-Amz-Date': '20150830T123600Z',
      },
    });
    expect(canonical).toBe(DOCS_CANONICAL_REQUEST);
  });
  test('S3 options and an explicit payload hash', () => {
    const canonical = createCanonicalRequest(
      {
        method: 'PUT',
        url: 'https://bucket.s3.amazonaws.com/my-object//photo%201.jpg',
        headers: { 'x-amz-date': 'D' },
      },
      { payloadHash: 'UNSIGNED-PAYLOAD', uriEscapePath: false, normalizePath: false },
    );
    expect(canonical).toBe(
      'PUT\n/my-object//photo%201.jpg\n\nhost:bucket.s3.amazonaws.com\nx-amz-date:D\n\nhost;x-amz-date\nUNSIGNED-PAYLOAD',
    );
  });
});

describe('canonicalQuery order', () => {
  test('a name that prefixes another sorts first, whatever follows it', () => {
    expect(canonicalQuery('p10=a&p1=b')).toBe('p1=b&p10=a');
    expect(canonicalQuery('p1=b&p10=a')).toBe('p1=b&p10=a');
    expect(canonicalQuery('a.b=1&a=2')).toBe('a=2&a.b=1');
    expect(canonicalQuery('a=2&a.b=1')).toBe('a=2&a.b=1');
    expect(canonicalQuery('a=2&a=10')).toBe('a=10&a=2');
    expect(canonicalQuery('a=1&a=1')).toBe('a=1&a=1');
    expect(canonicalQuery('a=1&b')).toBe('a=1&b=');
    expect(canonicalQuery('a=1&&b=2')).toBe('a=1&b=2');
  });
  test('already-canonical sorted input comes back as is; extra pairs merge in', () => {
    expect(canonicalQuery('A=1&B=%2F&c=~')).toBe('A=1&B=%2F&c=~');
    expect(canonicalQuery('z=1', 'X-Amz-Date=D&X-Amz-Expires=9')).toBe('X-Amz-Date=D&X-Amz-Expires=9&z=1');
    expect(canonicalQuery('A=1', 'X-Amz-Date=D')).toBe('A=1&X-Amz-Date=D');
  });
});

describe('canonicalQuery merging extra parameters', () => {
  test('sorted extras go before, after or among the query parameters', () => {
    const extra = 'X-Amz-Date=D&X-Amz-Expires=9';
    expect(canonicalQuery('a=1&b=2', extra)).toBe('X-Amz-Date=D&X-Amz-Expires=9&a=1&b=2');
    expect(canonicalQuery('A=1&B=2', extra)).toBe('A=1&B=2&X-Amz-Date=D&X-Amz-Expires=9');
    expect(canonicalQuery('A=1&z=2', extra)).toBe('A=1&X-Amz-Date=D&X-Amz-Expires=9&z=2');
    expect(canonicalQuery('X-Amz-E=1', extra)).toBe('X-Amz-Date=D&X-Amz-E=1&X-Amz-Expires=9');
    expect(canonicalQuery('', extra)).toBe(extra);
    expect(canonicalQuery('a=1&', extra)).toBe('X-Amz-Date=D&X-Amz-Expires=9&a=1');
    expect(canonicalQuery('', '')).toBe('');
    expect(canonicalQuery('b=1', 'X-Amz-A=1&c=2')).toBe('X-Amz-A=1&b=1&c=2');
    expect(canonicalQuery('b=2&a=1', 'X-Amz-D=1')).toBe('X-Amz-D=1&a=1&b=2');
    expect(canonicalQuery('B=2&A=1', 'X-Amz-D=1')).toBe('A=1&B=2&X-Amz-D=1');
    expect(canonicalQuery('b=2&A=1', 'X-Amz-D=1')).toBe('A=1&X-Amz-D=1&b=2');
    expect(canonicalQuery('b&&a', 'X-Amz-D=1')).toBe('X-Amz-D=1&a=&b=');
  });
});

describe('canonicalQuery and "=" in values', () => {
  test('only the first "=" of a part separates; later ones are escaped', () => {
    expect(canonicalQuery('a=b=c')).toBe('a=b%3Dc');
    expect(canonicalQuery('a==')).toBe('a=%3D');
    expect(canonicalQuery('b=1&a=x=y')).toBe('a=x%3Dy&b=1');
    expect(canonicalQuery('a=b%3Dc')).toBe('a=b%3Dc');
  });
});

describe('parseUrl reusing the last endpoint', () => {
  test('only when the next URL has exactly that scheme and authority', () => {
    expect(parseUrl('https://a.example/x').host).toBe('a.example');
    expect(parseUrl('https://a.example.evil/x').host).toBe('a.example.evil');
    expect(parseUrl('https://a.example.evil:8443/x').host).toBe('a.example.evil:8443');
    expect(parseUrl('https://a.example.evil:8443?q=1')).toEqual({
      base: 'https://a.example.evil:8443?q=1',
      host: 'a.example.evil:8443',
      path: '/',
      query: 'q=1',
    });
    expect(parseUrl('https://a.example.evil:8443').path).toBe('/');
    expect(parseUrl('http://a.example.evil:8443/y').host).toBe('a.example.evil:8443');
    expect(parseUrl('https://b.example/z').host).toBe('b.example');
  });
});
