// Credentials: static objects checked at once, providers called lazily, refreshed within five
// minutes of expiry (by the signer's clock), concurrent refreshes shared, keys keyed by secret.
import { describe, expect, test } from 'vitest';
import { createSigner } from '../src/createSigner.js';
import type { Credentials } from '../src/credentials.js';
import { explain } from '../src/explain.js';
import { isInvalidCredentialsError } from '../src/SignerError.js';
import { variants } from './support/backends.js';
import { ACCESS_KEY_ID, credentials, DATE, parseAuthorization, SECRET, TOKEN } from './support/fixtures.js';

const request = { url: 'https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15' };
const MINUTE = 60_000;

/** A provider whose answers the test controls, counting calls. */
function controlledProvider() {
  const waiting: ((credentials: Credentials) => void)[] = [];
  const provider = () => new Promise<Credentials>((resolve) => waiting.push(resolve));
  return {
    provider,
    calls: () => waiting.length,
    answer: (index: number, value: Credentials) => waiting[index]!(value),
  };
}

describe('static credentials', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['empty object', {}],
    ['empty accessKeyId', { accessKeyId: '', secretAccessKey: SECRET }],
    ['empty secretAccessKey', { accessKeyId: ACCESS_KEY_ID, secretAccessKey: '' }],
    ['missing secretAccessKey', { accessKeyId: ACCESS_KEY_ID }],
  ])('%s: InvalidCredentialsError at createSigner, without values in the message', (_label, value) => {
    let caught: unknown;
    try {
      createSigner({ credentials: value as never, region: 'us-east-1', service: 'sts' });
    } catch (error) {
      caught = error;
    }
    expect(isInvalidCredentialsError(caught)).toBe(true);
    expect(String((caught as Error).message)).not.toContain(SECRET);
  });
});

describe.each(variants)('static credentials with an expiration, %s', (_label, crypto, createSigner) => {
  // The signer settings every test here shares; each test adds its credentials (and clock).
  const sts = { region: 'us-east-1', service: 'sts', crypto };
  const rejected = async (work: () => Promise<unknown>) => {
    const error = await work().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isInvalidCredentialsError(error)).toBe(true);
    expect(String((error as Error).message)).not.toContain(SECRET);
    return (error as Error).message;
  };

  test('are used until they expire, then refused (they cannot be refreshed)', async () => {
    let now = DATE.getTime();
    const signer = createSigner({
      credentials: { ...credentials, sessionToken: TOKEN, expiration: new Date(now + MINUTE) },
      ...sts,
      clock: () => new Date(now),
    });
    expect((await signer.sign(request)).headers['x-amz-security-token']).toBe(TOKEN);
    now += MINUTE - 1;
    await expect(signer.sign(request)).resolves.toBeDefined();
    now += 1;
    expect(await rejected(() => signer.sign(request))).toMatch(/expired/);
    expect(await rejected(() => signer.presign(request))).toMatch(/expired/);
  });

  test.each([
    ['already expired', new Date(DATE.getTime() - 1)],
    ['not a date', 'tomorrow'],
    ['an invalid Date', new Date(Number.NaN)],
  ])('%s: InvalidCredentialsError at createSigner', async (_case, expiration) => {
    expect(
      await rejected(async () =>
        createSigner({
          credentials: { ...credentials, expiration: expiration as Date },
          ...sts,
          clock: () => DATE,
        }),
      ),
    ).toMatch(/expired|not a Date/);
  });

  test('an expiration in epoch milliseconds is honoured', async () => {
    let now = DATE.getTime();
    const signer = createSigner({
      credentials: { ...credentials, expiration: (now + MINUTE) as unknown as Date },
      ...sts,
      clock: () => new Date(now),
    });
    await expect(signer.sign(request)).resolves.toBeDefined();
    now += MINUTE;
    await rejected(() => signer.sign(request));
  });
});

describe.each(variants)('provider, %s', (_label, crypto, createSigner) => {
  // The signer settings every test here shares; each test adds its credentials (and clock).
  const sts = { region: 'us-east-1', service: 'sts', crypto };
  test('is called on first use only, and again within five minutes of expiration', async () => {
    let now = DATE.getTime();
    let calls = 0;
    const provider = async (): Promise<Credentials> => {
      calls++;
      return { ...credentials, sessionToken: `token-${calls}`, expiration: new Date(now + 10 * MINUTE) };
    };
    const signer = createSigner({
      credentials: provider,
      ...sts,
      clock: () => new Date(now),
    });
    expect(calls).toBe(0);
    expect((await signer.sign(request)).headers['x-amz-security-token']).toBe('token-1');
    now += 4 * MINUTE; // 6 minutes left: still good
    expect((await signer.sign(request)).headers['x-amz-security-token']).toBe('token-1');
    now += 2 * MINUTE; // 4 minutes left: refreshed before use
    expect((await signer.sign(request)).headers['x-amz-security-token']).toBe('token-2');
    expect(calls).toBe(2);
  });

  test('an expiration given as an ISO string (parsed JSON) is honoured', async () => {
    let now = DATE.getTime();
    let calls = 0;
    const provider = async () => {
      calls++;
      return { ...credentials, expiration: new Date(now + 6 * MINUTE).toISOString() as unknown as Date };
    };
    const signer = createSigner({
      credentials: provider,
      ...sts,
      clock: () => new Date(now),
    });
    await signer.sign(request);
    now += 2 * MINUTE;
    await signer.sign(request);
    expect(calls).toBe(2);
  });

  test('credentials without an expiration are fetched once', async () => {
    let calls = 0;
    const signer = createSigner({
      credentials: async () => {
        calls++;
        return credentials;
      },
      ...sts,
    });
    for (let i = 0; i < 3; i++) await signer.sign(request);
    expect(calls).toBe(1);
  });

  test('concurrent signatures share one refresh', async () => {
    const { provider, calls, answer } = controlledProvider();
    const signer = createSigner({ credentials: provider, ...sts });
    const pending = [signer.sign(request), signer.presign(request), explain(signer, request)];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls()).toBe(1);
    answer(0, credentials);
    const results = await Promise.all(pending);
    expect(results).toHaveLength(3);
    expect(calls()).toBe(1);
  });

  test('a failing provider rejects the signature; the next one asks again', async () => {
    let calls = 0;
    const signer = createSigner({
      credentials: async () => {
        calls++;
        if (calls === 1) throw new Error('metadata service unreachable');
        return credentials;
      },
      ...sts,
    });
    await expect(signer.sign(request)).rejects.toThrow('metadata service unreachable');
    await expect(signer.sign(request)).resolves.toBeDefined();
    expect(calls).toBe(2);
  });

  test('a refresh within five minutes of expiration is shared by concurrent signatures', async () => {
    let now = DATE.getTime();
    const { provider, calls, answer } = controlledProvider();
    const signer = createSigner({
      credentials: provider,
      ...sts,
      clock: () => new Date(now),
    });
    const first = signer.sign(request);
    await new Promise((resolve) => setTimeout(resolve, 10));
    answer(0, { ...credentials, sessionToken: 'token-1', expiration: new Date(now + 10 * MINUTE) });
    await first;
    now += 6 * MINUTE; // 4 minutes left
    const pending = Promise.all([
      signer.sign(request),
      signer.presign(request),
      explain(signer, request),
      signer.sign(request),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls()).toBe(2);
    answer(1, { ...credentials, sessionToken: 'token-2', expiration: new Date(now + 60 * MINUTE) });
    const [signed, presigned, explained, again] = await pending;
    expect(signed.headers['x-amz-security-token']).toBe('token-2');
    expect(presigned.url).toContain('X-Amz-Security-Token=token-2');
    expect(explained.request.headers['x-amz-security-token']).toBe('token-2');
    expect(again.headers['x-amz-security-token']).toBe('token-2');
    expect(calls()).toBe(2);
  });

  test('a failed refresh falls back to credentials that are still valid, never to expired ones', async () => {
    let now = DATE.getTime();
    let calls = 0;
    const signer = createSigner({
      credentials: async () => {
        calls++;
        if (calls > 1) throw new Error('sts unreachable');
        return { ...credentials, sessionToken: 'token-1', expiration: new Date(now + 10 * MINUTE) };
      },
      ...sts,
      clock: () => new Date(now),
    });
    await signer.sign(request);
    now += 8 * MINUTE; // 2 minutes left: refreshed, fails, the current ones still work
    expect((await signer.sign(request)).headers['x-amz-security-token']).toBe('token-1');
    expect(calls).toBe(2);
    now += 2 * MINUTE; // expired: the failure is the answer
    await expect(signer.sign(request)).rejects.toThrow('sts unreachable');
    expect(calls).toBe(3);
  });

  test('a refresh that fails after the current credentials expired is the answer, not a fallback', async () => {
    let now = DATE.getTime();
    let calls = 0;
    let fail: (error: Error) => void = () => {};
    const signer = createSigner({
      credentials: () => {
        calls++;
        if (calls === 1) return Promise.resolve({ ...credentials, expiration: new Date(now + MINUTE) });
        return new Promise<Credentials>((_resolve, reject) => {
          fail = reject;
        });
      },
      ...sts,
      clock: () => new Date(now),
    });
    await signer.sign(request);
    const pending = signer.sign(request); // 1 minute left: refreshing
    await new Promise((resolve) => setTimeout(resolve, 10));
    now += 2 * MINUTE; // the refresh fails only after they expired
    fail(new Error('sts timed out'));
    await expect(pending).rejects.toThrow('sts timed out');
    expect(calls).toBe(2);
  });

  test('a provider answering with expired credentials or an invalid expiration is refused; the next sign asks again', async () => {
    let calls = 0;
    const answers = [new Date(DATE.getTime() - 1), 'soon', new Date(DATE.getTime() + 60 * MINUTE)];
    const signer = createSigner({
      credentials: async () => ({ ...credentials, expiration: answers[calls++] as Date }),
      ...sts,
      clock: () => DATE,
    });
    for (const expected of [/expired/, /not a Date, ISO string or epoch ms/]) {
      const error = await signer.sign(request).catch((caught: unknown) => caught);
      expect(isInvalidCredentialsError(error)).toBe(true);
      expect((error as Error).message).toMatch(expected);
    }
    await expect(signer.sign(request)).resolves.toBeDefined();
    expect(calls).toBe(3);
  });

  test('unusable provider answers are InvalidCredentialsError', async () => {
    const signer = createSigner({
      credentials: async () => ({ accessKeyId: ACCESS_KEY_ID, secretAccessKey: '' }),
      ...sts,
    });
    const error = await signer.sign(request).catch((caught: unknown) => caught);
    expect(isInvalidCredentialsError(error)).toBe(true);
  });

  test('the signing key follows the secret, not the access key id', async () => {
    let secret = SECRET;
    let now = DATE.getTime();
    const signer = createSigner({
      credentials: async () => ({
        accessKeyId: ACCESS_KEY_ID,
        secretAccessKey: secret,
        expiration: new Date(now + 6 * MINUTE),
      }),
      ...sts,
      clock: () => new Date(now),
    });
    const first = parseAuthorization(
      (await signer.sign(request, { signingDate: DATE })).headers.authorization,
    );
    secret = 'another/secret/same/key/id';
    now += 2 * MINUTE; // refresh: same access key id, new secret
    const second = parseAuthorization(
      (await signer.sign(request, { signingDate: DATE })).headers.authorization,
    );
    const fresh = createSigner({
      credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: secret },
      ...sts,
    });
    const expected = parseAuthorization(
      (await fresh.sign(request, { signingDate: DATE })).headers.authorization,
    );
    expect(second.signature).not.toBe(first.signature);
    expect(second.signature).toBe(expected.signature);
  });
});
