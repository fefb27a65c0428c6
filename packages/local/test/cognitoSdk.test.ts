import { createHmac } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AssociateSoftwareTokenCommand,
  ConfirmSignUpCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  SignUpCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Local, startLocal, totpCode } from '../src/index.js';
import { rejection, sdkClients } from './support/sdkClients.js';

const PASSWORD = 'Correct-Horse-1';
let local: Local;
let poolId: string;
let clientId: string;
let clientSecret: string;

const secretHash = (username: string) =>
  createHmac('sha256', clientSecret)
    .update(username + clientId)
    .digest('base64');
const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));

beforeAll(async () => {
  local = await startLocal();
  const { cognito } = sdkClients(local);
  const pool = await cognito.send(
    new CreateUserPoolCommand({ PoolName: 'app', AutoVerifiedAttributes: ['email'] }),
  );
  poolId = pool.UserPool!.Id!;
  const client = await cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'web',
      GenerateSecret: true,
      ExplicitAuthFlows: [
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
        'ALLOW_ADMIN_USER_PASSWORD_AUTH',
      ],
    }),
  );
  clientId = client.UserPoolClient!.ClientId!;
  clientSecret = client.UserPoolClient!.ClientSecret!;
});
afterAll(() => local.close());

const passwordAuth = (username: string, password: string) =>
  sdkClients(local).cognito.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password, SECRET_HASH: secretHash(username) },
    }),
  );

describe('Cognito through @aws-sdk/client-cognito-identity-provider', () => {
  it('signs up with a SECRET_HASH, confirms with the code from the test API, signs in and refreshes', async () => {
    const { cognito } = sdkClients(local);
    const signUp = {
      ClientId: clientId,
      Username: 'ann',
      Password: PASSWORD,
      UserAttributes: [{ Name: 'email', Value: 'ann@example.com' }],
    };
    const noHash = await rejection(cognito.send(new SignUpCommand(signUp)));
    expect(noHash.name).toBe('NotAuthorizedException');
    const wrongHash = await rejection(cognito.send(new SignUpCommand({ ...signUp, SecretHash: 'AAAA' })));
    expect(wrongHash.message).toBe(`Unable to verify secret hash for client ${clientId}`);
    const signed = await cognito.send(new SignUpCommand({ ...signUp, SecretHash: secretHash('ann') }));
    expect(signed.UserConfirmed).toBe(false);
    expect(signed.CodeDeliveryDetails).toEqual({
      Destination: 'a***@example.com',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    expect((await rejection(passwordAuth('ann', PASSWORD))).name).toBe('UserNotConfirmedException');
    const code = local.cognito.lastCode(poolId, 'ann')!;
    expect(code).toMatch(/^\d{6}$/);
    const wrongCode = await rejection(
      cognito.send(
        new ConfirmSignUpCommand({
          ClientId: clientId,
          Username: 'ann',
          ConfirmationCode: code === '000000' ? '111111' : '000000',
          SecretHash: secretHash('ann'),
        }),
      ),
    );
    expect(wrongCode.name).toBe('CodeMismatchException');
    await cognito.send(
      new ConfirmSignUpCommand({
        ClientId: clientId,
        Username: 'ann',
        ConfirmationCode: code,
        SecretHash: secretHash('ann'),
      }),
    );
    await cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'admins', Precedence: 1 }));
    await cognito.send(
      new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: 'ann', GroupName: 'admins' }),
    );
    const wrong = await rejection(passwordAuth('ann', 'Wrong-Password-1'));
    expect([wrong.name, wrong.message]).toEqual([
      'NotAuthorizedException',
      'Incorrect username or password.',
    ]);
    const tokens = (await passwordAuth('ann', PASSWORD)).AuthenticationResult!;
    const id = claims(tokens.IdToken!);
    expect(id).toMatchObject({
      iss: `${local.url}/${poolId}`,
      aud: clientId,
      token_use: 'id',
      'cognito:username': 'ann',
      'cognito:groups': ['admins'],
      email: 'ann@example.com',
      email_verified: true,
    });
    expect(claims(tokens.AccessToken!)).toMatchObject({
      client_id: clientId,
      token_use: 'access',
      username: 'ann',
      sub: id.sub,
    });
    const refreshed = await cognito.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken!, SECRET_HASH: secretHash(id.sub) },
      }),
    );
    expect(claims(refreshed.AuthenticationResult!.AccessToken!).origin_jti).toBe(
      claims(tokens.AccessToken!).origin_jti,
    );
    expect((await cognito.send(new GetUserCommand({ AccessToken: tokens.AccessToken! }))).Username).toBe(
      'ann',
    );
    await cognito.send(new GlobalSignOutCommand({ AccessToken: tokens.AccessToken! }));
    const revoked = await rejection(cognito.send(new GetUserCommand({ AccessToken: tokens.AccessToken! })));
    expect([revoked.name, revoked.message]).toEqual([
      'NotAuthorizedException',
      'Access Token has been revoked',
    ]);
  });

  it('walks a temporary password through NEW_PASSWORD_REQUIRED, checking the password policy', async () => {
    const { cognito } = sdkClients(local);
    const weak = await rejection(
      cognito.send(
        new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'ben', TemporaryPassword: 'short' }),
      ),
    );
    expect([weak.name, weak.message]).toEqual([
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    ]);
    const created = await cognito.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'ben', TemporaryPassword: 'Temporary-1' }),
    );
    expect(created.User?.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    const challenge = await passwordAuth('ben', 'Temporary-1');
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const respond = (password: string, session: string) =>
      cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: session,
          ChallengeResponses: { USERNAME: 'ben', NEW_PASSWORD: password, SECRET_HASH: secretHash('ben') },
        }),
      );
    const noUpper = await rejection(respond('lowercase-only-1', challenge.Session!));
    expect(noUpper.message).toBe(
      'Password did not conform with policy: Password must have uppercase characters',
    );
    const again = await passwordAuth('ben', 'Temporary-1');
    const done = await respond(PASSWORD, again.Session!);
    expect(done.AuthenticationResult?.IdToken).toBeTruthy();
    expect(
      (await cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'ben' }))).UserStatus,
    ).toBe('CONFIRMED');
  });

  it('lists users with a Filter and pagination; disabled users cannot sign in', async () => {
    const { cognito } = sdkClients(local);
    for (const name of ['cat-1', 'cat-2', 'cat-3']) {
      await cognito.send(
        new AdminCreateUserCommand({ UserPoolId: poolId, Username: name, TemporaryPassword: PASSWORD }),
      );
    }
    const first = await cognito.send(
      new ListUsersCommand({ UserPoolId: poolId, Filter: 'username ^= "cat-"', Limit: 2 }),
    );
    expect(first.Users?.map((u) => u.Username)).toEqual(['cat-1', 'cat-2']);
    const second = await cognito.send(
      new ListUsersCommand({
        UserPoolId: poolId,
        Filter: 'username ^= "cat-"',
        Limit: 2,
        PaginationToken: first.PaginationToken,
      }),
    );
    expect(second.Users?.map((u) => u.Username)).toEqual(['cat-3']);
    expect(second.PaginationToken).toBeUndefined();
    await cognito.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: 'cat-1' }));
    expect((await rejection(passwordAuth('cat-1', PASSWORD))).message).toBe('User is disabled.');
  });

  it('requires TOTP codes once software token MFA is enabled', async () => {
    const { cognito } = sdkClients(local);
    await cognito.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'dan', TemporaryPassword: 'Temporary-1' }),
    );
    const challenge = await passwordAuth('dan', 'Temporary-1');
    const signedIn = await cognito.send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: challenge.Session!,
        ChallengeResponses: { USERNAME: 'dan', NEW_PASSWORD: PASSWORD, SECRET_HASH: secretHash('dan') },
      }),
    );
    const accessToken = signedIn.AuthenticationResult!.AccessToken!;
    const { SecretCode } = await cognito.send(
      new AssociateSoftwareTokenCommand({ AccessToken: accessToken }),
    );
    const wrong = await rejection(
      cognito.send(
        new VerifySoftwareTokenCommand({
          AccessToken: accessToken,
          UserCode: '000000' === totpCode(SecretCode!, Date.now()) ? '111111' : '000000',
        }),
      ),
    );
    expect(wrong.name).toBe('EnableSoftwareTokenMFAException');
    const verified = await cognito.send(
      new VerifySoftwareTokenCommand({
        AccessToken: accessToken,
        UserCode: totpCode(SecretCode!, Date.now()),
      }),
    );
    expect(verified.Status).toBe('SUCCESS');
    await cognito.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const mfa = await passwordAuth('dan', PASSWORD);
    expect(mfa.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const answer = (code: string, session: string) =>
      cognito.send(
        new RespondToAuthChallengeCommand({
          ClientId: clientId,
          ChallengeName: 'SOFTWARE_TOKEN_MFA',
          Session: session,
          ChallengeResponses: {
            USERNAME: 'dan',
            SOFTWARE_TOKEN_MFA_CODE: code,
            SECRET_HASH: secretHash('dan'),
          },
        }),
      );
    const badCode = String((Number(totpCode(SecretCode!, Date.now())) + 500_000) % 1_000_000).padStart(
      6,
      '0',
    );
    expect((await rejection(answer(badCode, mfa.Session!))).name).toBe('CodeMismatchException');
    const retry = await passwordAuth('dan', PASSWORD);
    const tokens = await answer(totpCode(SecretCode!, Date.now()), retry.Session!);
    expect(claims(tokens.AuthenticationResult!.IdToken!)['cognito:username']).toBe('dan');
  });

  it('signs in with ADMIN_USER_PASSWORD_AUTH only when signed', async () => {
    const { cognito } = sdkClients(local);
    const input = {
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH' as const,
      AuthParameters: { USERNAME: 'ben', PASSWORD, SECRET_HASH: secretHash('ben') },
    };
    expect(
      (await cognito.send(new AdminInitiateAuthCommand(input))).AuthenticationResult?.AccessToken,
    ).toBeTruthy();
    const unsigned = await fetch(`${local.url}/`, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AWSCognitoIdentityProviderService.AdminInitiateAuth',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: JSON.stringify(input),
    });
    expect(((await unsigned.json()) as { __type: string }).__type).toBe(
      'MissingAuthenticationTokenException',
    );
  });

  it('answers CORS preflights and exposes its headers as Cognito does', async () => {
    const preflight = await fetch(`${local.url}/`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type,x-amz-target,x-amz-user-agent',
    );
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
    const response = await fetch(`${local.url}/`, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{"AccessToken":"x"}',
    });
    expect(response.headers.get('access-control-expose-headers')).toContain('x-amzn-ErrorType');
  });
});
