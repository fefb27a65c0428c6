import type { CryptoBackend } from './CryptoBackend.js';
import { toHex } from './hex.js';

const encoder = /* @__PURE__ */ new TextEncoder();
const HMAC = { name: 'HMAC', hash: 'SHA-256' };
const bytes = (data: string | Uint8Array): Uint8Array<ArrayBuffer> =>
  (typeof data === 'string' ? encoder.encode(data) : data) as Uint8Array<ArrayBuffer>;
// Looked up on each call so a polyfill installed after import is honoured.
const subtle = (): SubtleCrypto => crypto.subtle;

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
  sha256: (data) => subtle().digest('SHA-256', bytes(data)).then(toHex),
  hmac: (key, data) =>
    subtle()
      .importKey('raw', bytes(key), HMAC, false, ['sign'])
      .then((handle) => subtle().sign('HMAC', handle, bytes(data)))
      .then((mac) => new Uint8Array(mac)),
  importKey: (key) => subtle().importKey('raw', bytes(key), HMAC, false, ['sign']),
  hmacHex: (key, data) =>
    subtle()
      .sign('HMAC', key as CryptoKey, bytes(data))
      .then(toHex),
};
