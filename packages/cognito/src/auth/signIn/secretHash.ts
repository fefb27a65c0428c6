import { toBase64, utf8 } from '../crypto/bytes.js';
import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';

/**
 * SECRET_HASH = base64(HMAC-SHA256(client secret, user name + client id)). Which user name is the
 * hard part: the name typed for InitiateAuth, `USER_ID_FOR_SRP` from then on, and the user's
 * Cognito user name (the access token's `username` claim) for refresh.
 *
 * @example
 * ```ts
 * const hash = await secretHash(nodeCryptoBackend, clientSecret, 'alice', clientId);
 * ```
 */
export async function secretHash(
  crypto: CognitoCrypto,
  clientSecret: string,
  username: string,
  clientId: string,
): Promise<string> {
  return toBase64(await crypto.hmac(utf8(clientSecret), utf8(username + clientId)));
}

/** `parameters` plus SECRET_HASH for `username` when the app client has a secret. */
export async function withSecretHash(
  config: { crypto: CognitoCrypto; clientSecret: string | undefined; clientId: string },
  username: string,
  parameters: Record<string, string>,
): Promise<Record<string, string>> {
  if (config.clientSecret === undefined) return parameters;
  return {
    ...parameters,
    SECRET_HASH: await secretHash(config.crypto, config.clientSecret, username, config.clientId),
  };
}
