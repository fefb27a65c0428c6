import { createHmac, timingSafeEqual } from 'node:crypto';
import { LocalError } from '../server/LocalError.js';
import type { CognitoClient, CognitoUser, State, UserPool } from '../store/State.js';

/** A string input field; missing or not a string, Cognito's `InvalidParameterException`. */
export function field(input: Record<string, unknown>, name: string): string {
  const value = input[name];
  if (typeof value !== 'string' || value === '') {
    throw new LocalError(
      'InvalidParameterException',
      `1 validation error detected: Value at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

/** An optional string input field. */
export const optionalField = (input: Record<string, unknown>, name: string): string | undefined => {
  const value = input[name];
  return typeof value === 'string' ? value : undefined;
};

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

/** SECRET_HASH = base64(HMAC-SHA256(clientSecret, username + clientId)). */
export const secretHash = (client: CognitoClient, username: string): string =>
  createHmac('sha256', client.secret ?? '')
    .update(username + client.id)
    .digest('base64');

/**
 * Checks the SECRET_HASH of a client with a secret against any of `usernames` (the name given,
 * or the user's sub, as Cognito accepts); clients without a secret need none.
 */
export function checkSecretHash(client: CognitoClient, usernames: readonly string[], given: unknown): void {
  if (client.secret === undefined) return;
  if (typeof given !== 'string') {
    throw new LocalError(
      'NotAuthorizedException',
      `Client ${client.id} is configured with secret but SECRET_HASH was not received`,
    );
  }
  const ok = usernames.some((name) => {
    const expected = Buffer.from(secretHash(client, name));
    const actual = Buffer.from(given);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  });
  if (!ok)
    throw new LocalError('NotAuthorizedException', `Unable to verify secret hash for client ${client.id}`);
}
