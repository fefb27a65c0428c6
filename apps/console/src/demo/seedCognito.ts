import { totpCode } from '@iamkit/local';
import { type CognitoAdminInvoke, cognitoAdminFor } from '../aws/cognitoAdminInvoke.js';
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
  const invoke = cognitoAdminFor(connection);
  const { UserPool } = await invoke('CreateUserPool', {
    PoolName: 'demo-customers',
    MfaConfiguration: 'OPTIONAL',
    Policies: { PasswordPolicy: { MinimumLength: 8, RequireNumbers: true, RequireSymbols: false } },
    AutoVerifiedAttributes: ['email'],
  });
  const poolId = UserPool!.Id!;
  const { UserPoolClient: web } = await invoke('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'web',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'],
  });
  await invoke('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'backend',
    GenerateSecret: true,
    ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  const webClientId = web!.ClientId!;
  await invoke('CreateGroup', {
    UserPoolId: poolId,
    GroupName: 'admins',
    Precedence: 1,
    Description: 'Console administrators',
  });
  await invoke('CreateGroup', {
    UserPoolId: poolId,
    GroupName: 'customers',
    Precedence: 10,
    Description: 'Paying customers',
  });

  const create = (username: string, extra: { temporary?: string; confirmed?: boolean } = {}) =>
    createDemoUser(invoke, poolId, username, extra);
  await create('ana', { confirmed: true });
  await invoke('AdminAddUserToGroup', { UserPoolId: poolId, Username: 'ana', GroupName: 'admins' });
  await create('ben');
  await invoke('SignUp', {
    ClientId: webClientId,
    Username: 'cleo',
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: 'cleo@example.com' }],
  });
  await create('dan', { confirmed: true });
  await invoke('AdminResetUserPassword', { UserPoolId: poolId, Username: 'dan' });
  await create('eve', { confirmed: true });
  await invoke('AdminDisableUser', { UserPoolId: poolId, Username: 'eve' });
  for (let index = 1; index <= CUSTOMERS; index++) {
    const username = `customer${String(index).padStart(2, '0')}`;
    await create(username, { confirmed: true });
    await invoke('AdminAddUserToGroup', { UserPoolId: poolId, Username: username, GroupName: 'customers' });
  }
  await create('max', { confirmed: true });
  const totpSecret = await enrolTotp(invoke, poolId, webClientId, 'max', clock);
  return {
    poolId,
    webClientId,
    confirmed: { username: 'ana', password: PASSWORD },
    forceChange: { username: 'ben', temporaryPassword: TEMPORARY },
    mfa: { username: 'max', password: PASSWORD, totpSecret },
  };
}

async function createDemoUser(
  invoke: CognitoAdminInvoke,
  poolId: string,
  username: string,
  extra: { temporary?: string; confirmed?: boolean },
): Promise<void> {
  await invoke('AdminCreateUser', {
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
    await invoke('AdminSetUserPassword', {
      UserPoolId: poolId,
      Username: username,
      Password: PASSWORD,
      Permanent: true,
    });
  }
}

/** Signs the user in once (as an administrator) to set up an authenticator app; returns its secret. */
async function enrolTotp(
  invoke: CognitoAdminInvoke,
  poolId: string,
  clientId: string,
  username: string,
  clock: () => number,
): Promise<string> {
  const { AuthenticationResult } = await invoke('AdminInitiateAuth', {
    UserPoolId: poolId,
    ClientId: clientId,
    AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD },
  });
  const AccessToken = AuthenticationResult!.AccessToken!;
  const { SecretCode } = await invoke('AssociateSoftwareToken', { AccessToken });
  await invoke('VerifySoftwareToken', { AccessToken, UserCode: totpCode(SecretCode!, clock()) });
  await invoke('SetUserMFAPreference', {
    AccessToken,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
  return SecretCode!;
}
