import type { CryptoBackend } from './CryptoBackend.js';
import { toHex } from './toHex.js';

// Text as UTF-8 bytes: a TextEncoder per call is nothing next to a WebCrypto round trip.
const bytes = (data: string | Uint8Array): Uint8Array<ArrayBuffer> =>
  (typeof data === 'string' ? new TextEncoder().encode(data) : data) as Uint8Array<ArrayBuffer>;
// crypto.subtle is looked up on each call, so a polyfill installed after import is honoured.
const importKey = (key: string | Uint8Array) =>
  crypto.subtle.importKey('raw', bytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
const sign = (key: CryptoKey, data: string) => crypto.subtle.sign('HMAC', key, bytes(data));

/**
 * WebCrypto (`globalThis.crypto.subtle`): browsers, workers, Deno, Bun and Node. The default
 * backend everywhere except under the `node` export condition.
 *
 * @example
 * ```ts
 * import { createSigner, webCryptoBackend } from '@iamkit/signer';
 * const signer = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto: webCryptoBackend });
 * ```
 */
export const webCryptoBackend: CryptoBackend = {
  name: 'webcrypto',
  sha256: (data) => crypto.subtle.digest('SHA-256', bytes(data)).then(toHex),
  hmac: async (key, data) => new Uint8Array(await sign(await importKey(key), data)),
  importKey,
  hmacHex: (key, data) => sign(key as CryptoKey, data).then(toHex),
};
