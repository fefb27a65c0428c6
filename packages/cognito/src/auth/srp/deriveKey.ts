import { concat, utf8 } from '../crypto/bytes.js';
import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';

// HKDF's info for Cognito's password authentication key, followed by the block counter 1.
const INFO = concat(utf8('Caldera Derived Key'), Uint8Array.of(1));

/**
 * HKDF-SHA256 (RFC 5869) with Cognito's info, first 16 bytes: the key that signs the password
 * claim. One expand block is enough for 16 bytes.
 */
export async function deriveKey(
  crypto: CognitoCrypto,
  secret: Uint8Array,
  salt: Uint8Array,
): Promise<Uint8Array> {
  const pseudoRandomKey = await crypto.hmac(salt, secret);
  return (await crypto.hmac(pseudoRandomKey, INFO)).slice(0, 16);
}
