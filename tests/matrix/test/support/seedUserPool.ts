import {
  adminCreateUser,
  adminSetUserPassword,
  createCognitoClient,
  createUserPool,
  createUserPoolClient,
} from '@iamkit/cognito';
import type { Local } from '@iamkit/local';
import type { ConformanceInput } from '../../program/conformanceInput.js';

/** A pool, an app client without a secret that allows SRP, and a confirmed user, on @iamkit/local. */
export async function seedUserPool(local: Local): Promise<ConformanceInput['cognito']> {
  const admin = createCognitoClient({
    endpoint: local.url,
    region: 'us-east-1',
    credentials: local.rootCredentials,
  });
  const userPoolId = (await createUserPool(admin, { PoolName: 'matrix' })).UserPool!.Id!;
  const { UserPoolClient } = await createUserPoolClient(admin, {
    UserPoolId: userPoolId,
    ClientName: 'browser',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  const username = 'matrix-user';
  const password = 'Matrix pass 1!';
  await adminCreateUser(admin, { UserPoolId: userPoolId, Username: username, MessageAction: 'SUPPRESS' });
  await adminSetUserPassword(admin, {
    UserPoolId: userPoolId,
    Username: username,
    Password: password,
    Permanent: true,
  });
  return { endpoint: local.url, userPoolId, clientId: UserPoolClient!.ClientId!, username, password };
}
