import type { CryptoBackend } from '../../src/CryptoBackend.js';
import { nodeCryptoBackend } from '../../src/nodeCryptoBackend.js';
import { webCryptoBackend } from '../../src/webCryptoBackend.js';

/** Every suite runs once per backend: node:crypto, and WebCrypto through Node's globalThis.crypto. */
export const backends: readonly [string, CryptoBackend][] = [
  ['node:crypto', nodeCryptoBackend],
  ['webcrypto', webCryptoBackend],
];
