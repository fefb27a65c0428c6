import type { CognitoCrypto } from './CognitoCrypto.js';

const view = (data: Uint8Array) => data as Uint8Array<ArrayBuffer>;

/**
 * WebCrypto (`globalThis.crypto`): browsers, workers, Deno, Bun and Node. The default backend of
 * the universal entry. `crypto` is looked up on each call, so a polyfill installed later is honoured.
 *
 * @example
 * ```ts
 * const auth = createCognitoAuth({ userPoolId, clientId, invoke, crypto: webCryptoBackend });
 * ```
 */
export const webCryptoBackend: CognitoCrypto = {
  name: 'webcrypto',
  randomBytes: (size) => crypto.getRandomValues(new Uint8Array(size)),
  sha256: async (data) => new Uint8Array(await crypto.subtle.digest('SHA-256', view(data))),
  hmac: async (key, data) => {
    const handle = await crypto.subtle.importKey('raw', view(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    return new Uint8Array(await crypto.subtle.sign('HMAC', handle, view(data)));
  },
};
