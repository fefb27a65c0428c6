import { createHmac, timingSafeEqual } from 'node:crypto';
import { LocalError } from '../server/LocalError.js';
import type { CognitoClient } from '../store/State.js';

/** SECRET_HASH = base64(HMAC-SHA256(clientSecret, username + clientId)). */
const secretHash = (client: CognitoClient, username: string): string =>
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
