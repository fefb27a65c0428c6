import { ids } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { CognitoUser, UserPool } from '../store/State.js';
import { lookup } from './lookup.js';

/**
 * A new user of `pool` (not yet stored). In a pool that signs in by email or phone number, a
 * username that is such an alias is stored as that attribute and the user's name becomes its
 * `sub`, as Cognito does.
 */
export function newUser(
  pool: UserPool,
  username: string,
  attributes: Record<string, string>,
  status: CognitoUser['status'],
  now: number,
): CognitoUser {
  if (lookup.findUser(pool, username))
    throw new LocalError('UsernameExistsException', 'User account already exists');
  const sub = ids.uuid();
  const alias = pool.usernameAttributes.find((name) =>
    name === 'email' ? username.includes('@') : /^\+\d+$/.test(username),
  );
  if (alias) attributes[alias] ??= username;
  return {
    username: alias ? sub : username,
    sub,
    attributes,
    enabled: true,
    status,
    created: now,
    modified: now,
    mfaPreferred: false,
  };
}
