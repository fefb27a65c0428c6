// Secrets never show: SECRET_HASH is the documented formula, the browser entry refuses a client
// secret, and tokens, devices, setups, auth objects and errors print no secret in JSON or inspect.
import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, test } from 'vitest';
import * as universal from '../src/auth/index.js';
import { createCognitoAuth as createNodeAuth, nodeCryptoBackend } from '../src/auth/index.node.js';
import {
  authFixture,
  CLIENT_ID,
  CLIENT_SECRET,
  expectedSecretHash,
  USER_POOL_ID,
} from './support/authFixture.js';
import { MFA_CODE } from './support/fakeCognito.js';

const invoke = (async () => ({})) as universal.CognitoInvoke;

describe('SECRET_HASH', () => {
  test.each([
    ['alice', 'client-1', 'secret'],
    ['6f1c5b9e-1111-4c2d-8e3f-0123456789ab', '1example23456789', 'long-secret-'.repeat(10)],
    ['zoë@example.com', 'c', 's'],
  ])(
    'is base64(HMAC-SHA256(secret, %s + client id)) on both backends',
    async (username, clientId, secret) => {
      const expected = expectedSecretHash(username, secret, clientId);
      expect(await universal.secretHash(universal.webCryptoBackend, secret, username, clientId)).toBe(
        expected,
      );
      expect(await universal.secretHash(nodeCryptoBackend, secret, username, clientId)).toBe(expected);
    },
  );
});

describe('the browser entry refuses a client secret', () => {
  test('as a typed ClientSecretInBrowserError that does not quote the secret', () => {
    let error: unknown;
    const options = { userPoolId: USER_POOL_ID, clientId: CLIENT_ID, clientSecret: 'sekrit-123', invoke };
    try {
      // @ts-expect-error clientSecret is `never` in the universal options
      universal.createCognitoAuth(options);
    } catch (e) {
      error = e;
    }
    expect(universal.isClientSecretInBrowserError(error)).toBe(true);
    expect(universal.isCognitoAuthError(error)).toBe(true);
    expect((error as Error).message).toMatch(/node/);
    expect((error as Error).message).not.toContain('sekrit-123');
  });

  test('the node entry accepts it', () => {
    expectTypeOf(createNodeAuth)
      .parameter(0)
      .toHaveProperty('clientSecret')
      .toEqualTypeOf<string | undefined>();
    expect(() =>
      createNodeAuth({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID, clientSecret: 's', invoke }),
    ).not.toThrow();
  });
});

describe('redaction', () => {
  const printed = (value: unknown) => `${JSON.stringify(value)}\n${inspect(value, { depth: 10 })}`;

  test('tokens, remembered devices, authenticator secrets and the auth object print no secret', async () => {
    const { auth, cognito } = authFixture([
      { username: 'dora', password: 'Dora password 1!', mfa: 'SETUP' },
      { username: 'eve', password: 'Eve password 1!' },
    ]);
    const setupStep = await auth.signIn({ username: 'dora', password: 'Dora password 1!' });
    if (setupStep.kind !== 'MFA_SETUP') throw new Error(setupStep.kind);
    const setup = await setupStep.setUpSoftwareToken();
    const done = await setup.verify(MFA_CODE);
    const eve = await auth.signIn({ username: 'eve', password: 'Eve password 1!' });
    if (done.kind !== 'signedIn' || eve.kind !== 'signedIn') throw new Error('not signed in');
    const { device } = await auth.rememberDevice(eve.tokens);
    const sessions = cognito.calls
      .flatMap((call) => [(call.input as { Session?: string }).Session ?? []])
      .flat();

    const output = [
      printed(done),
      printed(eve.tokens),
      printed(setup),
      printed(device),
      printed(auth),
      printed(setupStep),
    ].join('\n');
    const secrets = [
      eve.tokens.idToken,
      eve.tokens.accessToken,
      eve.tokens.refreshToken!,
      done.tokens.accessToken,
      setup.secretCode,
      device.devicePassword,
      CLIENT_SECRET,
      'Dora password 1!',
      ...sessions,
    ];
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(printed(eve.tokens)).toContain('[redacted]');
    expect(printed(eve.tokens)).toContain(eve.tokens.expiresAt.toISOString());
    expect(JSON.parse(JSON.stringify(device))).toEqual({ ...device, devicePassword: '[redacted]' });
  });

  test("Cognito's errors pass through untouched; our own never quote a password or secret", async () => {
    const { auth } = authFixture([{ username: 'fay', password: 'Fay password 1!' }]);
    const wrong = await auth
      .signIn({ username: 'fay', password: 'Guess password 9!' })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ name: 'NotAuthorizedException' });
    expect(printed(wrong)).not.toContain('Guess password 9!');
    const bad = await auth
      .signIn({ flow: 'USER_PASSWORD_AUTH', username: ' ', password: '' })
      .catch((e: unknown) => e);
    expect(universal.isInvalidAuthInputError(bad)).toBe(true);
    expect(printed(bad)).not.toContain(CLIENT_SECRET);
  });
});

describe('srpTimestamp', () => {
  test.each([
    ['2026-03-03T09:05:07Z', 'Tue Mar 3 09:05:07 UTC 2026'],
    ['2026-12-31T23:59:59Z', 'Thu Dec 31 23:59:59 UTC 2026'],
    ['2027-01-10T00:00:00+02:00', 'Sat Jan 9 22:00:00 UTC 2027'],
  ])('%s is %s (English, UTC, day without a leading zero)', async (iso, expected) => {
    const { srpTimestamp } = await import('../src/auth/srp/srpTimestamp.js');
    expect(srpTimestamp(new Date(iso))).toBe(expected);
  });
});
