// The Cognito client against moto with signature checking ON (started by the test on loopback):
// Admin operations are SigV4-signed by a key moto issued and checks; sign-up and sign-in go out
// unsigned. moto lets only some unsigned operations through (InitiateAuth, SignUp, ConfirmSignUp,
// GetUser, ForgotPassword); RespondToAuthChallenge, GlobalSignOut and RevokeToken it wants signed,
// unlike Cognito, so the challenge here is answered by the Admin flow and the unsigned challenge
// answers are proven against @iamkit/local (local.signIn.test.ts). moto accepts any confirmation
// code in ConfirmSignUp and never checks SRP proofs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Moto, startMoto } from '../../iam/test/support/moto.js';
import * as schemas from '../src/generated/cognitoIdp.runtime.js';
import {
  adminAddUserToGroup,
  adminConfirmSignUp,
  adminCreateUser,
  adminGetUser,
  adminListGroupsForUser,
  type CognitoClient,
  confirmSignUp,
  createCognitoAuth,
  createCognitoClient,
  createGroup,
  createUnsignedCognitoClient,
  createUserPool,
  describeUserPoolClient,
  forgotPassword,
  getUser,
  listUserPools,
  listUsersInGroup,
  paginateListUsers,
  type SignInResult,
  signUp,
} from '../src/index.node.js';
import { appClients } from './support/appClients.js';
import { motoAdmin } from './support/motoAdmin.js';

interface Sent {
  operation: string;
  authorization: string | null;
}

const signedIn = (result: SignInResult) => {
  if (result.kind !== 'signedIn') throw new Error(`expected signedIn, got ${result.kind}`);
  return result.tokens;
};

describe('the Cognito client against moto (signatures checked)', () => {
  let moto: Moto;
  const sent: Sent[] = [];
  // Captures each request's headers as the client sent them.
  const recordingFetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const target = request.headers.get('x-amz-target') ?? '';
    sent.push({
      operation: target.split('.')[1] ?? target,
      authorization: request.headers.get('authorization'),
    });
    return fetch(request);
  };
  let admin: CognitoClient;
  let anonymous: CognitoClient;
  let userPoolId = '';
  let publicClientId = '';
  let secretClient = { id: '', secret: '' };

  beforeAll(async () => {
    moto = await startMoto(3);
    const credentials = await motoAdmin(moto.url);
    const connection = { endpoint: moto.url, region: 'us-east-1', fetch: recordingFetch, retry: 1 };
    admin = createCognitoClient({ ...connection, credentials });
    anonymous = createUnsignedCognitoClient(connection);
    userPoolId = (await createUserPool(admin, { PoolName: 'iamkit' })).UserPool!.Id!;
    ({ publicClientId, secretClient } = await appClients(admin, userPoolId, [
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_ADMIN_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]));
  }, 60_000);
  afterAll(() => moto?.stop());

  test('pools and app clients with and without a secret', async () => {
    const { UserPools } = await listUserPools(admin, { MaxResults: 10 });
    expect(UserPools.map((pool) => pool.Id)).toContain(userPoolId);
    const web = await describeUserPoolClient(admin, { UserPoolId: userPoolId, ClientId: publicClientId });
    expect(web.UserPoolClient?.ClientSecret).toBeUndefined();
    const server = await describeUserPoolClient(admin, { UserPoolId: userPoolId, ClientId: secretClient.id });
    expect(server.UserPoolClient?.ClientSecret).toBe(secretClient.secret);
  });

  test('an admin-created user through NEW_PASSWORD_REQUIRED, then password sign-in and refresh with the secret', async () => {
    await adminCreateUser(admin, {
      UserPoolId: userPoolId,
      Username: 'alice',
      TemporaryPassword: 'Temp pass 1!',
    });
    const server = createCognitoAuth({
      client: admin,
      userPoolId,
      clientId: secretClient.id,
      clientSecret: secretClient.secret,
    });
    const first = await server.signIn({
      flow: 'ADMIN_USER_PASSWORD_AUTH',
      username: 'alice',
      password: 'Temp pass 1!',
    });
    if (first.kind !== 'NEW_PASSWORD_REQUIRED')
      throw new Error(`expected NEW_PASSWORD_REQUIRED, got ${first.kind}`);
    signedIn(await first.respond({ newPassword: 'New pass 2!' }));
    expect((await adminGetUser(admin, { UserPoolId: userPoolId, Username: 'alice' })).UserStatus).toBe(
      'CONFIRMED',
    );

    // The same secret client, unsigned: USER_PASSWORD_AUTH then REFRESH_TOKEN_AUTH, SECRET_HASH checked by moto.
    const user = createCognitoAuth({
      client: anonymous,
      userPoolId,
      clientId: secretClient.id,
      clientSecret: secretClient.secret,
    });
    const tokens = signedIn(
      await user.signIn({ flow: 'USER_PASSWORD_AUTH', username: 'alice', password: 'New pass 2!' }),
    );
    const fresh = await user.refresh(tokens);
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    expect((await getUser(anonymous, { AccessToken: fresh.accessToken })).Username).toBe('alice');
    await expect(
      user.signIn({ flow: 'USER_PASSWORD_AUTH', username: 'alice', password: 'wrong' }),
    ).rejects.toMatchObject({ name: 'AwsServiceError', code: 'NotAuthorizedException' });
  });

  test('sign-up, confirmed by code (moto takes any) or by AdminConfirmSignUp, then sign-in without a secret', async () => {
    const password = 'Sign up 3!';
    const bob = await signUp(anonymous, { ClientId: publicClientId, Username: 'bob', Password: password });
    expect(bob.UserConfirmed).toBe(false);
    await confirmSignUp(anonymous, { ClientId: publicClientId, Username: 'bob', ConfirmationCode: '123456' });
    await signUp(anonymous, { ClientId: publicClientId, Username: 'carol', Password: password });
    await adminConfirmSignUp(admin, { UserPoolId: userPoolId, Username: 'carol' });
    for (const Username of ['bob', 'carol']) {
      expect((await adminGetUser(admin, { UserPoolId: userPoolId, Username })).UserStatus).toBe('CONFIRMED');
    }
    const browser = createCognitoAuth({ client: anonymous, userPoolId, clientId: publicClientId });
    const tokens = signedIn(await browser.signIn({ flow: 'USER_PASSWORD_AUTH', username: 'bob', password }));
    expect((await getUser(anonymous, { AccessToken: tokens.accessToken })).Username).toBe('bob');
    await forgotPassword(anonymous, { ClientId: publicClientId, Username: 'carol' });
  });

  test('groups', async () => {
    await createGroup(admin, { UserPoolId: userPoolId, GroupName: 'admins', Precedence: 1 });
    await adminAddUserToGroup(admin, { UserPoolId: userPoolId, Username: 'bob', GroupName: 'admins' });
    const { Groups } = await adminListGroupsForUser(admin, { UserPoolId: userPoolId, Username: 'bob' });
    expect(Groups.map((group) => group.GroupName)).toEqual(['admins']);
    const { Users } = await listUsersInGroup(admin, { UserPoolId: userPoolId, GroupName: 'admins' });
    expect(Users.map((user) => user.Username)).toEqual(['bob']);
  });

  test('ListUsers over more than 60 users, through the generated paginator', async () => {
    const created = Array.from({ length: 65 }, (_, i) => `user-${String(i).padStart(2, '0')}`);
    for (const Username of created) await adminCreateUser(admin, { UserPoolId: userPoolId, Username });
    const before = sent.length;
    const names: string[] = [];
    for await (const user of paginateListUsers.items(admin, { UserPoolId: userPoolId, Limit: 20 })) {
      names.push(user.Username!);
    }
    expect(names.filter((name) => name.startsWith('user-')).sort()).toEqual(created);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['alice', 'bob', 'carol']));
    expect(
      sent.slice(before).filter((request) => request.operation === 'ListUsers').length,
    ).toBeGreaterThanOrEqual(4);
  }, 120_000);

  test('every request was unsigned exactly when the model marks its operation auth: none', () => {
    const byName = schemas as unknown as Record<string, { auth?: string }>;
    const unsigned = sent.filter((request) => byName[request.operation]?.auth === 'none');
    const signed = sent.filter((request) => byName[request.operation]?.auth !== 'none');
    expect(new Set(unsigned.map((request) => request.operation))).toEqual(
      new Set(['SignUp', 'ConfirmSignUp', 'InitiateAuth', 'GetUser', 'ForgotPassword']),
    );
    expect(unsigned.filter((request) => request.authorization !== null)).toEqual([]);
    expect(signed.filter((request) => !request.authorization?.startsWith('AWS4-HMAC-SHA256 '))).toEqual([]);
  });
});
