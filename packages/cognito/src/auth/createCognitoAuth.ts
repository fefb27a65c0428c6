import { createUnsignedCognitoClient } from '../createUnsignedCognitoClient.js';
import type { CognitoAuth } from './CognitoAuth.js';
import { ClientSecretInBrowserError } from './CognitoAuthError.js';
import type { CognitoAuthOptions } from './CognitoAuthOptions.js';
import { webCryptoBackend } from './crypto/webCryptoBackend.js';
import { makeCognitoAuth } from './makeCognitoAuth.js';

const unsignedClient = (region: string) => createUnsignedCognitoClient({ region });

/**
 * Sign-in for a user pool app client without a secret (browsers, mobile, edge), on WebCrypto. Without
 * `client` (or `invoke`) it sends through an unsigned client for the pool's region: no AWS credentials
 * and no signer code in the bundle.
 * Passing `clientSecret` is a type error and a {@link ClientSecretInBrowserError}: use the `node`
 * entry on servers.
 *
 * @example
 * ```ts
 * const auth = createCognitoAuth({ userPoolId: 'us-east-1_AbCdEf123', clientId });
 * const result = await auth.signIn({ username: 'alice', password });
 * if (result.kind === 'signedIn') console.log(result.tokens.expiresAt);
 * ```
 */
export function createCognitoAuth(options: CognitoAuthOptions): CognitoAuth {
  if ((options as { clientSecret?: unknown }).clientSecret !== undefined) {
    throw new ClientSecretInBrowserError(
      'clientSecret is refused by the browser build: a secret shipped to browsers is public. Use an app client without a secret, or sign in from a server (the package\'s "node" entry).',
    );
  }
  return makeCognitoAuth(options, webCryptoBackend, unsignedClient);
}
