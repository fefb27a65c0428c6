import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Local, startLocal } from '../src/index.js';
import { sdkClients } from './support/sdkClients.js';

const PASSWORD = 'Srp-Password-1';
let local: Local;
let poolId: string;
let clientId: string;

beforeAll(async () => {
  local = await startLocal();
  const { cognito } = sdkClients(local);
  poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'srp' }))).UserPool!.Id!;
  clientId = (await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'spa' })))
    .UserPoolClient!.ClientId!;
  await cognito.send(
    new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'eve', TemporaryPassword: PASSWORD }),
  );
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: 'eve',
      Password: PASSWORD,
      Permanent: true,
    }),
  );
});
afterAll(() => local.close());

/** Signs in with amazon-cognito-identity-js's USER_SRP_AUTH (its default flow). */
const srpSignIn = (username: string, password: string) =>
  new Promise<CognitoUserSession>((resolve, reject) => {
    const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: `${local.url}/` });
    const user = new CognitoUser({ Username: username, Pool: pool });
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: resolve,
      onFailure: reject,
    });
  });

/** aws-jwt-verify's https-only fetcher replaced by fetch, since the emulator speaks http. */
const jwksCache = () =>
  new SimpleJwksCache({
    fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() },
  });

describe('USER_SRP_AUTH with amazon-cognito-identity-js, tokens with aws-jwt-verify', () => {
  it('signs in with the right password and verifies the ID and access tokens', async () => {
    const session = await srpSignIn('eve', PASSWORD);
    const issuer = `${local.url}/${poolId}`;
    const idVerifier = JwtRsaVerifier.create(
      {
        issuer,
        audience: clientId,
        jwksUri: `${issuer}/.well-known/jwks.json`,
        customJwtCheck: ({ payload }) => {
          if (payload.token_use !== 'id') throw new Error('not an ID token');
        },
      },
      { jwksCache: jwksCache() },
    );
    const id = await idVerifier.verify(session.getIdToken().getJwtToken());
    expect(id['cognito:username']).toBe('eve');
    const accessVerifier = JwtRsaVerifier.create(
      {
        issuer,
        audience: null,
        jwksUri: `${issuer}/.well-known/jwks.json`,
        customJwtCheck: ({ payload }) => {
          if (payload.token_use !== 'access' || payload.client_id !== clientId)
            throw new Error('not our access token');
        },
      },
      { jwksCache: jwksCache() },
    );
    const access = await accessVerifier.verify(session.getAccessToken().getJwtToken());
    expect(access.sub).toBe(id.sub);
    const tampered = session
      .getAccessToken()
      .getJwtToken()
      .replace(/\.[^.]+$/, '.AAAA');
    await expect(accessVerifier.verify(tampered)).rejects.toThrow();
  });

  it('fails with a wrong password', async () => {
    const error = (await srpSignIn('eve', 'Wrong-Password-1').catch((e: unknown) => e)) as {
      code?: string;
      message?: string;
    };
    expect([error.code, error.message]).toEqual([
      'NotAuthorizedException',
      'Incorrect username or password.',
    ]);
  });
});
