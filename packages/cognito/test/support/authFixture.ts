import { createHmac } from 'node:crypto';
import type { CognitoInvoke } from '../../src/auth/index.js';
import { createCognitoAuth } from '../../src/auth/index.node.js';
import { type FakeUser, fakeCognito } from './fakeCognito.js';

export const USER_POOL_ID = 'us-east-1_TestPool1';
export const CLIENT_ID = 'client-1';
export const CLIENT_SECRET = 'client-secret-value-do-not-log';
export const NOW = new Date('2026-12-06T19:00:00Z');

/** SECRET_HASH by the formula AWS documents, on node:crypto (independent of src/). */
export const expectedSecretHash = (username: string, secret = CLIENT_SECRET, clientId = CLIENT_ID) =>
  createHmac('sha256', secret)
    .update(username + clientId)
    .digest('base64');

/** A fake pool with `users`, and a node-entry auth (with the client secret unless `secret` is false) on it. */
export function authFixture(users: FakeUser[], { secret = true } = {}) {
  const cognito = fakeCognito({
    userPoolId: USER_POOL_ID,
    clientId: CLIENT_ID,
    ...(secret && { clientSecret: CLIENT_SECRET }),
    users,
  });
  const auth = createCognitoAuth({
    userPoolId: USER_POOL_ID,
    clientId: CLIENT_ID,
    ...(secret && { clientSecret: CLIENT_SECRET }),
    invoke: cognito.invoke as CognitoInvoke,
    clock: () => NOW,
  });
  return { cognito, auth };
}
