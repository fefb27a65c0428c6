import { LocalError } from '../server/LocalError.js';
import type { CognitoClient, CognitoUser, State, UserPool } from '../store/State.js';

/** Lookups that throw Cognito's errors with its wording. */
export const lookup = {
  pool: (state: State, id: string): UserPool => {
    const pool = Object.hasOwn(state.userPools, id) ? state.userPools[id] : undefined;
    if (!pool) throw new LocalError('ResourceNotFoundException', `User pool ${id} does not exist.`);
    return pool;
  },
  client: (pool: UserPool, id: string): CognitoClient => {
    const client = Object.hasOwn(pool.clients, id) ? pool.clients[id] : undefined;
    if (!client) throw new LocalError('ResourceNotFoundException', `User pool client ${id} does not exist.`);
    return client;
  },
  /** A user by username, or by an alias attribute (email, phone_number) the pool signs in with. */
  findUser: (pool: UserPool, name: string): CognitoUser | undefined =>
    (Object.hasOwn(pool.users, name) ? pool.users[name] : undefined) ??
    Object.values(pool.users).find(
      (user) =>
        user.sub === name || pool.usernameAttributes.some((attribute) => user.attributes[attribute] === name),
    ),
  user: (pool: UserPool, name: string): CognitoUser => {
    const user = lookup.findUser(pool, name);
    if (!user) throw new LocalError('UserNotFoundException', 'User does not exist.');
    return user;
  },
  /** The client of a client id in any pool (unsigned calls name only the client). */
  clientAnywhere: (state: State, clientId: string): { pool: UserPool; client: CognitoClient } => {
    for (const pool of Object.values(state.userPools)) {
      const client = pool.clients[clientId];
      if (client) return { pool, client };
    }
    throw new LocalError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
  },
};
