// SRP sign-in end to end against @iamkit/local, an emulator that verifies SRP proofs (moto cannot):
// the browser entry's createCognitoAuth over an unsigned client, and the node entry with a secret.
// The challenge answers (RespondToAuthChallenge) go out unsigned, as Cognito serves them.
import { type Local, startLocal } from '@iamkit/local';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCognitoAuth as createBrowserAuth } from '../src/index.js';
import {
  adminCreateUser,
  adminSetUserPassword,
  type CognitoClient,
  createCognitoAuth,
  createCognitoClient,
  createUnsignedCognitoClient,
  createUserPool,
  getUser,
} from '../src/index.node.js';
import { appClients } from './support/appClients.js';

const PASSWORD = 'Correct horse 9!';

describe('SRP sign-in against @iamkit/local', () => {
  let local: Local;
  const sent: { target: string; authorization: string | null }[] = [];
  let anonymous: CognitoClient;
  let userPoolId = '';
  let publicClientId = '';
  let secretClient = { id: '', secret: '' };

  beforeAll(async () => {
    local = await startLocal({ port: 0 });
    const recordingFetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      sent.push({
        target: request.headers.get('x-amz-target') ?? '',
        authorization: request.headers.get('authorization'),
      });
      return fetch(request);
    };
    const connection = { endpoint: local.url, region: 'us-east-1', fetch: recordingFetch };
    const admin = createCognitoClient({ ...connection, credentials: local.rootCredentials });
    anonymous = createUnsignedCognitoClient(connection);
    userPoolId = (await createUserPool(admin, { PoolName: 'srp' })).UserPool!.Id!;
    ({ publicClientId, secretClient } = await appClients(admin, userPoolId, [
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]));
    await adminCreateUser(admin, { UserPoolId: userPoolId, Username: 'alice', MessageAction: 'SUPPRESS' });
    await adminSetUserPassword(admin, {
      UserPoolId: userPoolId,
      Username: 'alice',
      Password: PASSWORD,
      Permanent: true,
    });
  }, 60_000);
  afterAll(() => local?.close());

  test('the browser entry signs in with SRP over an unsigned client; a wrong password is refused', async () => {
    const auth = createBrowserAuth({ client: anonymous, userPoolId, clientId: publicClientId });
    const from = sent.length;
    const result = await auth.signIn({ username: 'alice', password: PASSWORD });
    if (result.kind !== 'signedIn') throw new Error(`expected signedIn, got ${result.kind}`);
    expect((await getUser(anonymous, { AccessToken: result.tokens.accessToken })).Username).toBe('alice');
    expect(sent.slice(from).map((request) => request.target.split('.')[1])).toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge',
      'GetUser',
    ]);
    expect(sent.slice(from).filter((request) => request.authorization !== null)).toEqual([]);
    await expect(auth.signIn({ username: 'alice', password: 'Wrong horse 9!' })).rejects.toMatchObject({
      name: 'AwsServiceError',
      code: 'NotAuthorizedException',
    });
  });

  test('the node entry with a client secret: SRP with SECRET_HASH, then refresh', async () => {
    const auth = createCognitoAuth({
      client: anonymous,
      userPoolId,
      clientId: secretClient.id,
      clientSecret: secretClient.secret,
    });
    const result = await auth.signIn({ username: 'alice', password: PASSWORD });
    if (result.kind !== 'signedIn') throw new Error(`expected signedIn, got ${result.kind}`);
    const fresh = await auth.refresh(result.tokens);
    expect((await getUser(anonymous, { AccessToken: fresh.accessToken })).Username).toBe('alice');
  });
});
