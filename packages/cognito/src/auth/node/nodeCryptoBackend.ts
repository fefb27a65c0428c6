import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';

/**
 * `node:crypto`, synchronous: the default backend of the `node` entry.
 *
 * @example
 * ```ts
 * import { createCognitoAuth, nodeCryptoBackend } from '@iamkit/cognito';
 * const auth = createCognitoAuth({ userPoolId, clientId, invoke, crypto: nodeCryptoBackend });
 * ```
 */
export const nodeCryptoBackend: CognitoCrypto = {
  name: 'node:crypto',
  randomBytes: (size) => new Uint8Array(randomBytes(size)),
  sha256: (data) => new Uint8Array(createHash('sha256').update(data).digest()),
  hmac: (key, data) => new Uint8Array(createHmac('sha256', key).update(data).digest()),
};
