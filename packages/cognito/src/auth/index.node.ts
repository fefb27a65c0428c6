/**
 * Sign-in under the `node` export condition: the universal API, with node:crypto by default and a
 * `createCognitoAuth` that accepts the app client's secret.
 */

import { createCognitoClient } from '../node/createCognitoClient.js';
import type { CognitoAuth } from './CognitoAuth.js';
import type { NodeCognitoAuthOptions } from './CognitoAuthOptions.js';
import { makeCognitoAuth } from './makeCognitoAuth.js';
import { nodeCryptoBackend } from './node/nodeCryptoBackend.js';

export * from './index.js';
export { nodeCryptoBackend } from './node/nodeCryptoBackend.js';

/**
 * Sign-in on a server, on node:crypto. Without `client` (or `invoke`) it sends through `createCognitoClient`
 * for the pool's region (node:http; the default credentials sign the Admin flow). Accepts the app client's secret: SECRET_HASH is then sent
 * with the typed name on InitiateAuth, USER_ID_FOR_SRP on every challenge answer, and the user's
 * Cognito user name on refresh.
 *
 * @example
 * ```ts
 * const auth = createCognitoAuth({ client, userPoolId, clientId, clientSecret });
 * const result = await auth.signIn({ flow: 'ADMIN_USER_PASSWORD_AUTH', username: 'alice', password });
 * ```
 */
export const createCognitoAuth = (options: NodeCognitoAuthOptions): CognitoAuth =>
  makeCognitoAuth(options, nodeCryptoBackend, (region) => createCognitoClient({ region }));
