import {
  adminAddUserToGroup,
  adminCreateUser,
  adminDisableUser,
  adminInitiateAuth,
  adminResetUserPassword,
  adminSetUserPassword,
  associateSoftwareToken,
  type CognitoClient,
  createGroup,
  createUserPool,
  createUserPoolClient,
  setUserMFAPreference,
  signUp,
  verifySoftwareToken,
} from '@iamkit/cognito';
import { totpCode } from '@iamkit/local';
import { cognitoClientFor } from '../aws/cognitoClientFor.js';
import type { Connection } from '../connections/Connection.js';
import type { DemoFacts } from './DemoFacts.js';

// Demo passwords of an emulator's demo pool, documented in the README; never real ones.
const PASSWORD = 'Demo-pass-1';
const TEMPORARY = 'Temp-pass-1';
const CUSTOMERS = 12;

/**
 * The demo user pool: an app client without a secret (browser sign-in) and one with a secret (servers),
 * groups, and users in every status: confirmed, FORCE_CHANGE_PASSWORD, UNCONFIRMED, RESET_REQUIRED,
 * disabled, one with TOTP MFA, and enough customers for a second page.
 */
export async function seedCognito(
  connection: Connection,
  clock: () => number = Date.now,
): Promise<DemoFacts> {
  const client = cognitoClientFor(connection);
  const { UserPool } = await createUserPool(client, {
    PoolName: 'demo-customers',
    MfaConfiguration: 'OPTIONAL',
    Policies: { PasswordPolicy: { MinimumLength: 8, RequireNumbers: true, RequireSymbols: false } },
    AutoVerifiedAttributes: ['email'],
  });
  const poolId = UserPool!.Id!;
  const { UserPoolClient: web } = await createUserPoolClient(client, {
    UserPoolId: poolId,
    ClientName: 'web',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'],
  });
  await createUserPoolClient(client, {
    UserPoolId: poolId,
    ClientName: 'backend',
    GenerateSecret: true,
    ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  const webClientId = web!.ClientId!;
  await createGroup(client, {
    UserPoolId: poolId,
    GroupName: 'admins',
    Precedence: 1,
    Description: 'Console administrators',
  });
  await createGroup(client, {
    UserPoolId: poolId,
    GroupName: 'customers',
    Precedence: 10,
    Description: 'Paying customers',
  });

  const create = (username: string, extra: { temporary?: string; confirmed?: boolean } = {}) =>
    createDemoUser(client, poolId, username, extra);
  await create('ana', { confirmed: true });
  await adminAddUserToGroup(client, { UserPoolId: poolId, Username: 'ana', GroupName: 'admins' });
  await create('ben');
  await signUp(client, {
    ClientId: webClientId,
    Username: 'cleo',
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: 'cleo@example.com' }],
  });
  await create('dan', { confirmed: true });
  await adminResetUserPassword(client, { UserPoolId: poolId, Username: 'dan' });
  await create('eve', { confirmed: true });
  await adminDisableUser(client, { UserPoolId: poolId, Username: 'eve' });
  for (let index = 1; index <= CUSTOMERS; index++) {
    const username = `customer${String(index).padStart(2, '0')}`;
    await create(username, { confirmed: true });
    await adminAddUserToGroup(client, { UserPoolId: poolId, Username: username, GroupName: 'customers' });
  }
  await create('max', { confirmed: true });
  const totpSecret = await enrolTotp(client, poolId, webClientId, 'max', clock);
  return {
    poolId,
    webClientId,
    confirmed: { username: 'ana', password: PASSWORD },
    forceChange: { username: 'ben', temporaryPassword: TEMPORARY },
    mfa: { username: 'max', password: PASSWORD, totpSecret },
  };
}

async function createDemoUser(
  client: CognitoClient,
  poolId: string,
  username: string,
  extra: { temporary?: string; confirmed?: boolean },
): Promise<void> {
  await adminCreateUser(client, {
    UserPoolId: poolId,
    Username: username,
    UserAttributes: [
      { Name: 'email', Value: `${username}@example.com` },
      { Name: 'email_verified', Value: 'true' },
    ],
    TemporaryPassword: extra.temporary ?? TEMPORARY,
    MessageAction: 'SUPPRESS',
  });
  if (extra.confirmed) {
    await adminSetUserPassword(client, {
      UserPoolId: poolId,
      Username: username,
      Password: PASSWORD,
      Permanent: true,
    });
  }
}

/** Signs the user in once (as an administrator) to set up an authenticator app; returns its secret. */
async function enrolTotp(
  client: CognitoClient,
  poolId: string,
  clientId: string,
  username: string,
  clock: () => number,
): Promise<string> {
  const { AuthenticationResult } = await adminInitiateAuth(client, {
    UserPoolId: poolId,
    ClientId: clientId,
    AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD },
  });
  const AccessToken = AuthenticationResult!.AccessToken!;
  const { SecretCode } = await associateSoftwareToken(client, { AccessToken });
  await verifySoftwareToken(client, { AccessToken, UserCode: totpCode(SecretCode!, clock()) });
  await setUserMFAPreference(client, {
    AccessToken,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
  return SecretCode!;
}
