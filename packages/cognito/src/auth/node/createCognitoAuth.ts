import type { CognitoAuth, NodeCognitoAuthOptions } from '../CognitoAuth.js';
import { makeCognitoAuth } from '../makeCognitoAuth.js';
import { nodeCryptoBackend } from './nodeCryptoBackend.js';

/**
 * Sign-in on a server (the `node` entry), on node:crypto. Accepts the app client's secret: SECRET_HASH
 * is then sent with the typed name on InitiateAuth, USER_ID_FOR_SRP on every challenge answer, and
 * the user's Cognito user name on refresh.
 *
 * @example
 * ```ts
 * const auth = createCognitoAuth({ userPoolId, clientId, clientSecret, invoke });
 * const result = await auth.signIn({ flow: 'ADMIN_USER_PASSWORD_AUTH', username: 'alice', password });
 * ```
 */
export function createCognitoAuth(options: NodeCognitoAuthOptions): CognitoAuth {
  return makeCognitoAuth(options, nodeCryptoBackend);
}
