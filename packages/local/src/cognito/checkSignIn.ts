import { LocalError } from '../server/LocalError.js';
import type { CognitoClient, CognitoUser, UserPool } from '../store/State.js';
import { lookup } from './lookup.js';

const flowEnabled = (client: CognitoClient, flow: string): boolean =>
  client.explicitAuthFlows.includes(`ALLOW_${flow}`) ||
  client.explicitAuthFlows.includes(flow) ||
  (flow === 'ADMIN_USER_PASSWORD_AUTH' && client.explicitAuthFlows.includes('ADMIN_NO_SRP_AUTH'));

/** Throws unless the client allows `flow`, in Cognito's words. */
export function checkFlow(client: CognitoClient, flow: string): void {
  if (!flowEnabled(client, flow))
    throw new LocalError('InvalidParameterException', `${flow} flow not enabled for this client`);
}

/**
 * The user signing in, if it may: unknown users get the same answer as wrong passwords (as
 * clients created with PreventUserExistenceErrors do); disabled and unconfirmed users are refused.
 */
export function signInUser(pool: UserPool, username: string): CognitoUser {
  const user = lookup.findUser(pool, username);
  if (!user) throw new LocalError('NotAuthorizedException', 'Incorrect username or password.');
  if (!user.enabled) throw new LocalError('NotAuthorizedException', 'User is disabled.');
  if (user.status === 'UNCONFIRMED')
    throw new LocalError('UserNotConfirmedException', 'User is not confirmed.');
  return user;
}
