import {
  adminDeleteUser,
  adminDisableUser,
  adminEnableUser,
  adminResetUserPassword,
  adminUserGlobalSignOut,
  adminCreateUser as createUser,
} from '@iamkit/cognito';
import type { Connection } from '../connections/Connection.js';
import { cognitoClientFor } from './cognitoClientFor.js';

/** The administrator's actions on one pool user. */
export type UserAction = 'disable' | 'enable' | 'delete' | 'reset-password';

export async function adminCreateUser(
  connection: Connection,
  poolId: string,
  input: { username: string; email: string; temporaryPassword: string },
): Promise<void> {
  await createUser(cognitoClientFor(connection), {
    UserPoolId: poolId,
    Username: input.username,
    ...(input.email ? { UserAttributes: [{ Name: 'email', Value: input.email }] } : {}),
    ...(input.temporaryPassword ? { TemporaryPassword: input.temporaryPassword } : {}),
    MessageAction: 'SUPPRESS',
  });
}

export async function adminUserAction(
  connection: Connection,
  poolId: string,
  username: string,
  action: UserAction,
): Promise<void> {
  const client = cognitoClientFor(connection);
  const user = { UserPoolId: poolId, Username: username };
  if (action === 'disable') await adminDisableUser(client, user);
  else if (action === 'enable') await adminEnableUser(client, user);
  else if (action === 'delete') await adminDeleteUser(client, user);
  else await adminResetUserPassword(client, user);
}

/** Ends every session of the user (their refresh tokens stop working). */
export async function adminSignOut(connection: Connection, poolId: string, username: string): Promise<void> {
  await adminUserGlobalSignOut(cognitoClientFor(connection), { UserPoolId: poolId, Username: username });
}
