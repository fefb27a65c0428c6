import { describe, expect, test } from 'vitest';
import {
  createTokenRefresher,
  decodeJwtClaims,
  isInvalidAuthInputError,
  isMalformedTokenError,
  type SignInResult,
} from '../src/auth/index.js';
import { authFixture, expectedSecretHash, NOW } from './support/authFixture.js';

const UUID = '0d9a6c1e-2222-4c2d-8e3f-0123456789ab';
const user = () => ({ username: UUID, email: 'bob@example.com', password: 'Bob password 1!' });

async function signedIn(fixture: ReturnType<typeof authFixture>) {
  const result: SignInResult = await fixture.auth.signIn({
    username: 'bob@example.com',
    password: 'Bob password 1!',
  });
  if (result.kind !== 'signedIn') throw new Error(`expected signedIn, got ${result.kind}`);
  return result.tokens;
}

describe('refresh (REFRESH_TOKEN_AUTH)', () => {
  test("hashes the user's Cognito user name from the access token, not the typed alias, and keeps the refresh token", async () => {
    const fixture = authFixture([user()]);
    const tokens = await signedIn(fixture);
    const fresh = await fixture.auth.refresh(tokens);
    expect(fixture.cognito.calls.at(-1)).toMatchObject({
      operation: 'InitiateAuth',
      signed: false,
      input: {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: tokens.refreshToken, SECRET_HASH: expectedSecretHash(UUID) },
      },
    });
    expect(fresh.refreshToken).toBe(tokens.refreshToken);
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    expect(fresh.expiresAt).toEqual(new Date(NOW.getTime() + 3600_000));
  });

  test('with a secret and no access token, needs username; without a secret, needs nothing but the refresh token', async () => {
    const fixture = authFixture([user()]);
    const tokens = await signedIn(fixture);
    const error = await fixture.auth.refresh({ refreshToken: tokens.refreshToken! }).catch((e: unknown) => e);
    expect(isInvalidAuthInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/username/);
    await expect(
      fixture.auth.refresh({ refreshToken: tokens.refreshToken! }, { username: UUID }),
    ).resolves.toMatchObject({});

    const open = authFixture([user()], { secret: false });
    const openTokens = await signedIn(open);
    await open.auth.refresh({ refreshToken: openTokens.refreshToken! });
    expect(open.cognito.calls.at(-1)!.input).toEqual({
      ClientId: 'client-1',
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: openTokens.refreshToken },
    });
  });

  test('the refresher shares one refresh among concurrent callers, and only refreshes near expiry', async () => {
    const fixture = authFixture([user()]);
    const tokens = await signedIn(fixture);
    let now = NOW.getTime();
    const stored: string[] = [];
    const refresher = createTokenRefresher({
      auth: fixture.auth,
      tokens,
      marginSeconds: 60,
      clock: () => new Date(now),
      onRefresh: (fresh) => stored.push(fresh.accessToken),
    });
    const refreshes = () =>
      fixture.cognito.calls.filter(
        (call) => (call.input as { AuthFlow?: string }).AuthFlow === 'REFRESH_TOKEN_AUTH',
      ).length;
    expect(await refresher.getTokens()).toBe(tokens);
    now += 3600_000 - 59_000; // inside the margin
    const answers = await Promise.all(Array.from({ length: 5 }, () => refresher.getTokens()));
    expect(refreshes()).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]!.accessToken).not.toBe(tokens.accessToken);
    expect(stored).toEqual([answers[0]!.accessToken]);
    // The fake clock (NOW) issued the new tokens for NOW + 1 h, which `now` has passed: refresh again.
    await refresher.getTokens();
    expect(refreshes()).toBe(2);
  });

  test('a failed refresh rejects every waiting caller, and the next call tries again', async () => {
    let fail = true;
    let calls = 0;
    const tokens = {
      idToken: 'i',
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: new Date(0),
      tokenType: 'Bearer',
    };
    const refresher = createTokenRefresher({
      tokens,
      auth: {
        refresh: async () => {
          calls++;
          if (fail) throw new Error('network down');
          return { ...tokens, expiresAt: new Date(8.64e15) };
        },
      },
    });
    const results = await Promise.allSettled([refresher.getTokens(), refresher.getTokens()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toBe(1);
    fail = false;
    await expect(refresher.getTokens()).resolves.toMatchObject({ accessToken: 'a' });
    expect(calls).toBe(2);
  });
});

describe('sign-out', () => {
  test('revokes the refresh token (with the client secret); a later refresh fails', async () => {
    const fixture = authFixture([user()]);
    const tokens = await signedIn(fixture);
    await fixture.auth.signOut(tokens);
    expect(fixture.cognito.calls.at(-1)).toMatchObject({
      operation: 'RevokeToken',
      signed: false,
      input: {
        Token: tokens.refreshToken,
        ClientId: 'client-1',
        ClientSecret: 'client-secret-value-do-not-log',
      },
    });
    await expect(fixture.auth.refresh(tokens)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  test('global sign-out calls GlobalSignOut with the access token', async () => {
    const fixture = authFixture([user()]);
    const tokens = await signedIn(fixture);
    await fixture.auth.signOut(tokens, { global: true });
    expect(fixture.cognito.calls.at(-1)).toMatchObject({
      operation: 'GlobalSignOut',
      signed: false,
      input: { AccessToken: tokens.accessToken },
    });
    await expect(fixture.auth.refresh(tokens)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});

describe('decodeJwtClaims (unverified, for convenience)', () => {
  test('reads the payload, base64url with UTF-8', () => {
    const payload = Buffer.from(
      JSON.stringify({ sub: 's', name: 'Zoë ✓', 'cognito:groups': ['a'] }),
    ).toString('base64url');
    expect(decodeJwtClaims(`e30.${payload}.sig`)).toEqual({
      sub: 's',
      name: 'Zoë ✓',
      'cognito:groups': ['a'],
    });
  });

  test.each([
    '',
    'a.b',
    'a.!!!.c',
    `e30.${Buffer.from('[1]').toString('base64url')}.c`,
    `e30.${Buffer.from('null').toString('base64url')}.c`,
  ])('%j is a MalformedTokenError that does not quote the token', (token) => {
    let error: unknown;
    try {
      decodeJwtClaims(token);
    } catch (e) {
      error = e;
    }
    expect(isMalformedTokenError(error)).toBe(true);
    if (token) expect((error as Error).message).not.toContain(token);
  });
});
