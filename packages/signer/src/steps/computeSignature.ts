import { type CryptoBackend, chain, type MaybePromise } from '../backends/CryptoBackend.js';
import { webCryptoBackend } from '../backends/webCryptoBackend.js';

/**
 * Step 4 as the signer runs it: the hex HMAC-SHA256 of the string to sign with a signing key the
 * backend has imported already (the signer caches imported keys), synchronous when the backend is.
 */
export const signatureOf = (
  crypto: CryptoBackend,
  importedKey: unknown,
  stringToSign: string,
): MaybePromise<string> => crypto.hmacHex(importedKey, stringToSign);

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
  return chain(crypto.importKey(signingKey), (key) => signatureOf(crypto, key, stringToSign));
}
