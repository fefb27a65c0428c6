// Behaviour of createSigner's sign / presign / explain, on both backends. Correctness of the
// signatures themselves is the conformance suites' job; here: what goes where, and options.
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { toHex } from '../src/backends/toHex.js';
import { explain } from '../src/explain.js';
import {
  isInvalidDateError,
  isInvalidExpiryError,
  isInvalidRequestError,
  type SignerError,
} from '../src/SignerError.js';
import { getSigningKey } from '../src/steps/getSigningKey.js';
import { variants } from './support/backends.js';
import {
  ACCESS_KEY_ID,
  countingBackend,
  credentials,
  DATE,
  parseAuthorization,
  SECRET,
  sha256,
  TOKEN,
} from './support/fixtures.js';

const BODY = 'Action=ListUsers&Version=2010-05-08';
const listUsers = {
  method: 'post',
  url: 'https://iam.amazonaws.com/',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: BODY,
};
const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: SignerError) => error,
  );

describe.each(variants)('%s', (_label, crypto, createSigner) => {
  const signer = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto });

  test('sign returns the input headers plus x-amz-date and authorization, host signed but not added', async () => {
    const signed = await signer.sign(listUsers, { signingDate: DATE });
    expect(signed.method).toBe('POST');
    expect(signed.url).toBe(listUsers.url);
    expect(Object.keys(signed.headers)).toEqual(['Content-Type', 'x-amz-date', 'authorization']);
    expect(signed.headers['x-amz-date']).toBe('20150830T123600Z');
    const auth = parseAuthorization(signed.headers.authorization);
    expect(auth).toMatchObject({
      accessKeyId: ACCESS_KEY_ID,
      day: '20150830',
      region: 'us-east-1',
      service: 'iam',
    });
    expect(auth.signedHeaders).toEqual(['content-type', 'host', 'x-amz-date']);
  });

  test('the body is hashed whatever its type, views hashing only their bytes', async () => {
    const expected = (await explain(signer, listUsers, { signingDate: DATE })).signature;
    const bytes = new TextEncoder().encode(BODY);
    const padded = new Uint8Array(bytes.length + 6);
    padded.set(bytes, 3);
    for (const body of [
      bytes,
      bytes.buffer,
      padded.subarray(3, 3 + bytes.length),
      new DataView(padded.buffer, 3, bytes.length),
    ]) {
      const explained = await explain(signer, { ...listUsers, body }, { signingDate: DATE });
      expect(explained.payloadHash).toBe(sha256(BODY));
      expect(explained.signature).toBe(expected);
    }
    expect(
      (await explain(signer, { ...listUsers, body: undefined }, { signingDate: DATE })).payloadHash,
    ).toBe(sha256(''));
  });

  test('payloadHash replaces hashing (UNSIGNED-PAYLOAD for streams); other bodies are typed errors', async () => {
    const stream = { getReader() {} } as never;
    const explained = await explain(
      signer,
      { ...listUsers, body: stream },
      { signingDate: DATE, payloadHash: 'UNSIGNED-PAYLOAD' },
    );
    expect(explained.canonicalRequest.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
    const error = await rejection(signer.sign({ ...listUsers, body: stream }));
    expect(isInvalidRequestError(error)).toBe(true);
  });

  test('addContentSha256Header sends and signs x-amz-content-sha256', async () => {
    const signed = await signer.sign(listUsers, { signingDate: DATE, addContentSha256Header: true });
    expect(signed.headers['x-amz-content-sha256']).toBe(sha256(BODY));
    expect(parseAuthorization(signed.headers.authorization).signedHeaders).toContain('x-amz-content-sha256');
    // Signed whatever its value (both part sets alike), so the header sent is always the header signed.
    const empty = await signer.sign(listUsers, {
      signingDate: DATE,
      addContentSha256Header: true,
      payloadHash: '',
    });
    expect(parseAuthorization(empty.headers.authorization).signedHeaders).toContain('x-amz-content-sha256');
  });

  test('headers that proxies rewrite are not signed unless asked; more can be excluded', async () => {
    const request = {
      ...listUsers,
      headers: {
        ...listUsers.headers,
        'User-Agent': 'x',
        'X-Amzn-Trace-Id': 'y',
        Expect: '100-continue',
        'X-Custom': 'z',
      },
    };
    const byDefault = await signer.sign(request, { signingDate: DATE });
    expect(parseAuthorization(byDefault.headers.authorization).signedHeaders).toEqual([
      'content-type',
      'host',
      'x-amz-date',
      'x-custom',
    ]);
    const chosen = await signer.sign(request, {
      signingDate: DATE,
      signableHeaders: ['user-agent'],
      unsignableHeaders: ['x-custom'],
    });
    expect(parseAuthorization(chosen.headers.authorization).signedHeaders).toEqual([
      'content-type',
      'host',
      'user-agent',
      'x-amz-date',
    ]);
    expect(chosen.headers['User-Agent']).toBe('x');
  });

  test("the input's own x-amz-date and authorization are replaced in place, not duplicated", async () => {
    const signed = await signer.sign(
      {
        ...listUsers,
        headers: { 'X-Amz-Date': '19990101T000000Z', Authorization: 'stale', Accept: ['a', 'b'] },
      },
      { signingDate: DATE },
    );
    expect(Object.keys(signed.headers)).toEqual(['X-Amz-Date', 'Authorization', 'Accept']);
    expect(signed.headers['X-Amz-Date']).toBe('20150830T123600Z');
    expect(parseAuthorization(signed.headers.Authorization).signedHeaders).toEqual([
      'accept',
      'host',
      'x-amz-date',
    ]);
    expect(signed.headers.Accept).toBe('a,b');
  });

  test('session tokens: signed by default, or added after signing', async () => {
    const withToken = createSigner({
      credentials: { ...credentials, sessionToken: TOKEN },
      region: 'us-east-1',
      service: 'sts',
      crypto,
    });
    const signed = await withToken.sign(listUsers, { signingDate: DATE });
    expect(signed.headers['x-amz-security-token']).toBe(TOKEN);
    expect(parseAuthorization(signed.headers.authorization).signedHeaders).toContain('x-amz-security-token');
    const after = await withToken.sign(listUsers, { signingDate: DATE, omitSessionTokenFromSignature: true });
    expect(after.headers['x-amz-security-token']).toBe(TOKEN);
    expect(parseAuthorization(after.headers.authorization).signedHeaders).not.toContain(
      'x-amz-security-token',
    );

    const url = 'https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15';
    const presigned = await explain(withToken, { url }, { signingDate: DATE, query: true });
    expect(presigned.canonicalRequest).toContain(
      '&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLE%2Fsession%2Btoken%3D%3D&',
    );
    const omitted = await explain(
      withToken,
      { url },
      { signingDate: DATE, query: true, omitSessionTokenFromSignature: true },
    );
    expect(omitted.canonicalRequest).not.toContain('X-Amz-Security-Token');
    expect(omitted.request.url).toContain(
      '&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLE%2Fsession%2Btoken%3D%3D&X-Amz-Signature=',
    );
  });

  test('clock, signingDate, region and service per call', async () => {
    const clocked = createSigner({
      credentials,
      region: 'us-east-1',
      service: 'iam',
      crypto,
      clock: () => DATE,
    });
    expect((await clocked.sign(listUsers)).headers['x-amz-date']).toBe('20150830T123600Z');
    const other = await clocked.sign(listUsers, {
      signingDate: '2024-02-29T23:59:59.999Z',
      region: 'eu-west-3',
      service: 'sts',
    });
    expect(other.headers['x-amz-date']).toBe('20240229T235959Z');
    expect(parseAuthorization(other.headers.authorization)).toMatchObject({
      day: '20240229',
      region: 'eu-west-3',
      service: 'sts',
    });
  });

  test('presign: X-Amz-* parameters after the existing query, fragment kept, expiresIn 1 s to 7 days', async () => {
    const { url, headers } = await signer.presign(
      { method: 'GET', url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08#frag' },
      { signingDate: DATE, expiresIn: 3600 },
    );
    expect(headers).toEqual({});
    expect(url).toMatch(
      /^https:\/\/iam\.amazonaws\.com\/\?Action=ListUsers&Version=2010-05-08&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fiam%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=[\da-f]{64}#frag$/,
    );
    expect((await signer.presign({ url: 'https://iam.amazonaws.com' }, { signingDate: DATE })).url).toContain(
      'https://iam.amazonaws.com?X-Amz-Algorithm=',
    );
    expect(
      (await signer.presign({ url: 'https://iam.amazonaws.com/?' }, { signingDate: DATE })).url,
    ).toContain('/?X-Amz-Algorithm=');
    expect((await signer.presign({ url: listUsers.url }, { signingDate: DATE })).url).toContain(
      '&X-Amz-Expires=900&',
    );
    for (const expiresIn of [1, 604800]) {
      expect((await signer.presign({ url: listUsers.url }, { expiresIn })).url).toContain(
        `X-Amz-Expires=${expiresIn}&`,
      );
    }
    // Non-numbers too: from JavaScript, `true` or '900 ' would otherwise land in the URL as written.
    for (const expiresIn of [
      0,
      -1,
      604801,
      1.5,
      Number.NaN,
      2 ** 32 + 900,
      true,
      '900',
      '900 ',
      [900],
    ] as never[]) {
      expect(
        isInvalidExpiryError(await rejection(signer.presign({ url: listUsers.url }, { expiresIn }))),
      ).toBe(true);
    }
  });

  test("S3 style (no normalisation, no double encoding) by default for service s3, the signer's or the call's", async () => {
    const s3 = createSigner({ credentials, region: 'us-east-1', service: 's3', crypto });
    const request = { url: 'https://bucket.s3.amazonaws.com/a//b/../c%20d.txt' };
    const path = async (chosen: typeof signer, options: Parameters<typeof explain>[2] = {}) =>
      (await explain(chosen, request, { signingDate: DATE, ...options })).canonicalRequest.split('\n')[1];
    for (const query of [false, true]) {
      expect(await path(s3, { query })).toBe('/a//b/../c%20d.txt');
      expect(await path(signer, { query, service: 's3' })).toBe('/a//b/../c%20d.txt');
      expect(await path(signer, { query })).toBe('/a/c%2520d.txt');
      expect(await path(s3, { query, service: 'iam' })).toBe('/a/c%2520d.txt');
    }
    // Explicit options win, the call's over the signer's.
    expect(await path(s3, { normalizePath: true })).toBe('/a/c%20d.txt');
    expect(await path(s3, { uriEscapePath: true })).toBe('/a//b/../c%2520d.txt');
    const explicit = createSigner({
      credentials,
      region: 'us-east-1',
      service: 'iam',
      crypto,
      normalizePath: false,
    });
    expect(await path(explicit, { service: 's3', uriEscapePath: true })).toBe('/a//b/../c%2520d.txt');
    expect(await path(explicit, { normalizePath: true, uriEscapePath: false })).toBe('/a/c%20d.txt');
    const s3Explicit = createSigner({
      credentials,
      region: 'us-east-1',
      service: 's3',
      crypto,
      uriEscapePath: true,
      normalizePath: true,
    });
    expect(await path(s3Explicit)).toBe('/a/c%2520d.txt');
  });

  test('an unpaired surrogate in path or query is signed as the U+FFFD that fetch sends', async () => {
    const lone = { url: 'https://iam.amazonaws.com/a\uD800b/?q=x\uDC00y&\uD83D=1' };
    const replaced = { url: 'https://iam.amazonaws.com/a\uFFFDb/?q=x\uFFFDy&\uFFFD=1' };
    for (const query of [false, true]) {
      const canonical = async (request: { url: string }) =>
        (await explain(signer, request, { signingDate: DATE, query })).canonicalRequest;
      const signed = await canonical(lone);
      expect(signed).toBe(await canonical(replaced));
      expect(signed).toContain('\n/a%EF%BF%BDb/\n');
      expect(signed).toContain('q=x%EF%BF%BDy');
      expect(signed).toContain('%EF%BF%BD=1');
    }
  });

  test('explain returns every step and the signed request', async () => {
    const explained = await explain(signer, listUsers, { signingDate: DATE });
    const signed = await signer.sign(listUsers, { signingDate: DATE });
    expect(explained).toMatchObject({
      mode: 'header',
      crypto: crypto.name,
      accessKeyId: ACCESS_KEY_ID,
      amzDate: '20150830T123600Z',
      credentialScope: '20150830/us-east-1/iam/aws4_request',
      signedHeaders: 'content-type;host;x-amz-date',
      payloadHash: sha256(BODY),
    });
    expect(explained.stringToSign).toBe(
      `AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\n${sha256(explained.canonicalRequest)}`,
    );
    expect(explained.request.headers).toEqual(signed.headers);
    expect(parseAuthorization(signed.headers.authorization).signature).toBe(explained.signature);
    expect(JSON.stringify(explained)).not.toContain(SECRET);
  });

  test('explain gives the signing key as hex, kept out of JSON, inspect and spreads', async () => {
    for (const query of [false, true]) {
      const explained = await explain(signer, listUsers, { signingDate: DATE, query, region: 'eu-west-3' });
      const key = toHex(await getSigningKey(SECRET, '20150830', 'eu-west-3', 'iam', crypto));
      expect(explained.signingKey).toBe(key);
      expect(explained.signingKey).toMatch(/^[\da-f]{64}$/);
      for (const rendering of [
        JSON.stringify(explained),
        inspect(explained, { showHidden: true }),
        JSON.stringify({ ...explained }),
      ]) {
        expect(rendering).not.toContain(key);
        expect(rendering).toContain(explained.signature); // the renderings do show the rest
      }
    }
  });

  test('only explain derives the signing key again; sign and presign use the cached one', async () => {
    const { backend, derivations } = countingBackend(crypto);
    const counted = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto: backend });
    await counted.sign(listUsers, { signingDate: DATE });
    await counted.sign(listUsers, { signingDate: DATE });
    await counted.presign(listUsers, { signingDate: DATE });
    expect(derivations()).toBe(1);
    await explain(counted, listUsers, { signingDate: DATE });
    expect(derivations()).toBe(2);
  });

  test('signing keys are cached per secret, day, region and service, within a bounded cache (oldest out first)', async () => {
    const { backend, derivations } = countingBackend(crypto);
    const cached = createSigner({
      credentials,
      region: 'us-east-1',
      service: 'iam',
      crypto: backend,
      signingKeyCacheSize: 2,
    });
    const at = (region: string, day = DATE) => cached.sign(listUsers, { signingDate: day, region });
    await at('r1');
    await at('r1');
    await at('r1', new Date('2015-08-30T23:59:59Z'));
    expect(derivations()).toBe(1);
    await at('r1', new Date('2015-08-31T00:00:00Z'));
    expect(derivations()).toBe(2);
    await at('r2'); // evicts r1 of the 30th (the oldest)
    await at('r3'); // evicts r1 of the 31st
    await at('r2');
    expect(derivations()).toBe(4);
    await at('r1');
    expect(derivations()).toBe(5);
  });

  test('bad input gets typed errors', async () => {
    expect(isInvalidRequestError(await rejection(signer.sign({ url: '/relative' })))).toBe(true);
    expect(
      isInvalidRequestError(
        await rejection(signer.sign({ url: listUsers.url, headers: { 'Bad Name': 'x' } })),
      ),
    ).toBe(true);
    expect(isInvalidDateError(await rejection(signer.sign(listUsers, { signingDate: 'not a date' })))).toBe(
      true,
    );
    const badClock = createSigner({
      credentials,
      region: 'r',
      service: 's',
      crypto,
      clock: () => new Date(Number.NaN),
    });
    expect(isInvalidDateError(await rejection(badClock.sign(listUsers)))).toBe(true);
    expect(() => createSigner({ credentials, region: '', service: 'iam' })).toThrow(/^Invalid region$/);
    expect(() => createSigner({ credentials, region: 'us-east-1', service: 'i/am' })).toThrow(
      /^Invalid service$/,
    );
    expect(() => createSigner(undefined as never)).toThrow(/^Invalid region$/);
  });

  test('the canonical request is built while the payload hash runs; a failing hash is never unhandled', async () => {
    let failHash: (error: Error) => void = () => {};
    const pending = new Promise<string>((_, reject) => {
      failHash = reject;
    });
    const slowHash = {
      ...crypto,
      sha256: (data: string | Uint8Array) => (data === BODY ? pending : crypto.sha256(data)),
    };
    const slow = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto: slowHash });
    // The bad header name is found with the body's hash still pending: the work ran alongside it.
    const error = await rejection(slow.sign({ ...listUsers, headers: { 'Bad Name': 'x' } }));
    expect(isInvalidRequestError(error)).toBe(true);
    // The hash failing afterwards must not become an unhandled rejection (vitest fails the run on one).
    failHash(new Error('hash failed'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // When the hash itself is what fails, that is the error.
    expect((await rejection(slow.sign(listUsers)))?.message).toBe('hash failed');
  });
});
