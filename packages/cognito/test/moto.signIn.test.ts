// Sign-in against moto (started by the test on loopback), an implementation we did not write:
// an app client WITH a secret, so moto checks SECRET_HASH on InitiateAuth, on the MFA answers and
// on refresh. moto does not check SRP proofs (the verifier tests do), and its USER_ID_FOR_SRP is
// the user's internal id where Cognito's is the user name, so SRP answers cannot complete there:
// the password flows are what it can prove.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// The repo's one moto launcher, shared with the IAM package's tests.
import { type Moto, startMoto } from '../../iam/test/support/moto.js';
import {
  type CognitoInvoke,
  fromAttributeList,
  type SignInResult,
  toAttributeList,
} from '../src/auth/index.js';
import { createCognitoAuth } from '../src/auth/index.node.js';
import { postJson11 } from './support/postJson11.js';

// Sign-in sends no AWS credentials; moto checks none here (the runtime's tests sign Admin calls).
const NO_AUTH_CHECKS = 1_000_000;

describe('sign-in against moto', () => {
  let moto: Moto;
  const sent: { operation: string; signed: boolean }[] = [];
  const call = (operation: string, input: object) => postJson11(moto.url, operation, input);
  const invoke: CognitoInvoke = async (operation, input, { signed }) => {
    sent.push({ operation, signed });
    return call(operation, input);
  };
  let auth: ReturnType<typeof createCognitoAuth>;
  let userPoolId = '';

  beforeAll(async () => {
    moto = await startMoto(NO_AUTH_CHECKS);
    userPoolId = (await call('CreateUserPool', { PoolName: 'iamkit' })).UserPool.Id;
    const { UserPoolClient: client } = await call('CreateUserPoolClient', {
      UserPoolId: userPoolId,
      ClientName: 'server',
      GenerateSecret: true,
      ExplicitAuthFlows: [
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_ADMIN_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
    });
    await call('AdminCreateUser', {
      UserPoolId: userPoolId,
      Username: 'alice',
      TemporaryPassword: 'Temp pass 1!',
      UserAttributes: toAttributeList({
        email: 'alice@example.com',
        email_verified: true,
        'custom:tier': 'gold',
      }),
    });
    auth = createCognitoAuth({
      userPoolId,
      clientId: client.ClientId,
      clientSecret: client.ClientSecret,
      invoke,
    });
  }, 60_000);
  afterAll(() => moto?.stop());

  const signedIn = (result: SignInResult) => {
    if (result.kind !== 'signedIn') throw new Error(`expected signedIn, got ${result.kind}`);
    return result.tokens;
  };

  test('an admin-created user: USER_PASSWORD_AUTH, NEW_PASSWORD_REQUIRED, signed in; then refresh and global sign-out', async () => {
    const first = await auth.signIn({
      flow: 'USER_PASSWORD_AUTH',
      username: 'alice',
      password: 'Temp pass 1!',
    });
    expect(first.kind).toBe('NEW_PASSWORD_REQUIRED');
    if (first.kind !== 'NEW_PASSWORD_REQUIRED') return;
    const tokens = signedIn(await first.respond({ newPassword: 'New pass 2!' }));
    expect(tokens.expiresAt.getTime()).toBeGreaterThan(Date.now());

    // moto checks refresh's SECRET_HASH: hashing another name fails, the token's user name passes.
    await expect(auth.refresh(tokens, { username: 'not-alice' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    const fresh = await auth.refresh(tokens);
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    expect(fresh.refreshToken).toBe(tokens.refreshToken);

    // moto has no RevokeToken: the global sign-out is the one it can check.
    await auth.signOut(fresh, { global: true });
    await expect(auth.refresh(tokens)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  test('ADMIN_USER_PASSWORD_AUTH goes out as the signed Admin operation', async () => {
    sent.length = 0;
    signedIn(
      await auth.signIn({ flow: 'ADMIN_USER_PASSWORD_AUTH', username: 'alice', password: 'New pass 2!' }),
    );
    expect(sent).toEqual([{ operation: 'AdminInitiateAuth', signed: true }]);
  });

  test('a wrong password is NotAuthorizedException', async () => {
    await expect(
      auth.signIn({ flow: 'USER_PASSWORD_AUTH', username: 'alice', password: 'nope' }),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  test('attributes round-trip through AdminCreateUser and AdminGetUser', async () => {
    const { UserAttributes } = await call('AdminGetUser', { UserPoolId: userPoolId, Username: 'alice' });
    expect(fromAttributeList(UserAttributes)).toMatchObject({
      email: 'alice@example.com',
      email_verified: true,
      'custom:tier': 'gold',
      sub: expect.any(String),
    });
  });
});
