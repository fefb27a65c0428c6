import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ListUserPoolsCommand,
  RevokeTokenCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CreateAccessKeyCommand, CreateUserCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Local, startLocal } from '../src/index.js';
import { rejection, sdkClients } from './support/sdkClients.js';

let local: Local;
beforeAll(async () => {
  local = await startLocal();
});
afterAll(() => local.close());

describe('Cognito authorization and revocation', () => {
  it('evaluates IAM policies for signed Cognito operations, on the pool ARN', async () => {
    const { iam, cognito } = sdkClients(local);
    const poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'guarded' }))).UserPool!.Id!;
    await iam.send(new CreateUserCommand({ UserName: 'ops' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'ops',
        PolicyName: 'one-pool',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'cognito-idp:Admin*',
              Resource: `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${poolId}`,
            },
          ],
        }),
      }),
    );
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'ops' }));
    const ops = sdkClients(local, {
      accessKeyId: key.AccessKey!.AccessKeyId!,
      secretAccessKey: key.AccessKey!.SecretAccessKey!,
    }).cognito;
    await ops.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'u1', TemporaryPassword: 'Temporary-1' }),
    );
    const denied = await rejection(ops.send(new ListUserPoolsCommand({ MaxResults: 10 })));
    expect([denied.name, denied.message]).toEqual([
      'AccessDeniedException',
      'User: arn:aws:iam::123456789012:user/ops is not authorized to perform: cognito-idp:ListUserPools on resource: * because no identity-based policy allows the cognito-idp:ListUserPools action',
    ]);
  });

  it('revokes a refresh token and the access tokens of its sign-in (RevokeToken)', async () => {
    const { cognito } = sdkClients(local);
    const poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'revoke' }))).UserPool!.Id!;
    const clientId = (
      await cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: 'c',
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        }),
      )
    ).UserPoolClient!.ClientId!;
    await cognito.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'r', TemporaryPassword: 'Temporary-1' }),
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: poolId,
        Username: 'r',
        Password: 'Permanent-1',
        Permanent: true,
      }),
    );
    const tokens = (
      await cognito.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'r', PASSWORD: 'Permanent-1' },
        }),
      )
    ).AuthenticationResult!;
    await cognito.send(new RevokeTokenCommand({ ClientId: clientId, Token: tokens.RefreshToken! }));
    const refresh = await rejection(
      cognito.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken! },
        }),
      ),
    );
    expect([refresh.name, refresh.message]).toEqual(['NotAuthorizedException', 'Invalid Refresh Token']);
    const access = await rejection(cognito.send(new GetUserCommand({ AccessToken: tokens.AccessToken! })));
    expect(access.message).toBe('Access Token has been revoked');
  });

  it('refuses auth flows a client does not allow until UpdateUserPoolClient allows them', async () => {
    const { cognito } = sdkClients(local);
    const poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'flows' }))).UserPool!.Id!;
    const clientId = (
      await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'srp-only' }))
    ).UserPoolClient!.ClientId!;
    await cognito.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'f', TemporaryPassword: 'Temporary-1' }),
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: poolId,
        Username: 'f',
        Password: 'Permanent-1',
        Permanent: true,
      }),
    );
    const signIn = () =>
      cognito.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'f', PASSWORD: 'Permanent-1' },
        }),
      );
    const refused = await rejection(signIn());
    expect([refused.name, refused.message]).toEqual([
      'InvalidParameterException',
      'USER_PASSWORD_AUTH flow not enabled for this client',
    ]);
    await cognito.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientId: clientId,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      }),
    );
    expect((await signIn()).AuthenticationResult?.IdToken).toBeTruthy();
  });
});
