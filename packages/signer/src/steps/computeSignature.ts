import type { CryptoBackend } from '../backends/CryptoBackend.js';
import { webCryptoBackend } from '../backends/webCryptoBackend.js';

/**
 * Step 4 of SigV4: the signature, hex HMAC-SHA256 of the string to sign with the signing key.
 *
 * @example
 * ```ts
 * const key = await getSigningKey(secretAccessKey, '20150830', 'us-east-1', 'service');
 * const signature = await computeSignature(key, stringToSign); // 64 hex characters
 * ```
 */
export async function computeSignature(
  signingKey: Uint8Array,
  stringToSign: string,
  crypto: CryptoBackend = webCryptoBackend,
): Promise<string> {
  return crypto.hmacHex(await crypto.importKey(signingKey), stringToSign);
}
