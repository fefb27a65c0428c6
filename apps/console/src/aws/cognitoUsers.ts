import type { Connection } from '../connections/Connection.js';
import { cognitoAdminFor } from './cognitoAdminInvoke.js';

/** The administrator's actions on one pool user. */
export type UserAction = 'disable' | 'enable' | 'delete' | 'reset-password';

export async function adminCreateUser(
  connection: Connection,
  poolId: string,
  input: { username: string; email: string; temporaryPassword: string },
): Promise<void> {
  await cognitoAdminFor(connection)('AdminCreateUser', {
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
  const invoke = cognitoAdminFor(connection);
  const user = { UserPoolId: poolId, Username: username };
  if (action === 'disable') await invoke('AdminDisableUser', user);
  else if (action === 'enable') await invoke('AdminEnableUser', user);
  else if (action === 'delete') await invoke('AdminDeleteUser', user);
  else await invoke('AdminResetUserPassword', user);
}

/** Ends every session of the user (their refresh tokens stop working). */
export async function adminSignOut(connection: Connection, poolId: string, username: string): Promise<void> {
  await cognitoAdminFor(connection)('AdminUserGlobalSignOut', { UserPoolId: poolId, Username: username });
}
