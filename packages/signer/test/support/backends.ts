import type { CryptoBackend } from '../../src/backends/CryptoBackend.js';
import { nodeCryptoBackend } from '../../src/backends/nodeCryptoBackend.js';
import { webCryptoBackend } from '../../src/backends/webCryptoBackend.js';
import { makeSigner, type Signer, type SignerOptions } from '../../src/createSigner.js';
import { fastParts } from '../../src/parts/fast/fastParts.js';
import { compactParts, type SigningParts } from '../../src/parts/SigningParts.js';

/** Every suite runs once per backend: node:crypto, and WebCrypto through Node's globalThis.crypto. */
export const backends: readonly [string, CryptoBackend][] = [
  ['node:crypto', nodeCryptoBackend],
  ['webcrypto', webCryptoBackend],
];

type CreateSigner = (options: SignerOptions) => Signer;
const withParts =
  (parts: SigningParts): CreateSigner =>
  (options) =>
    makeSigner(options, parts);

/**
 * Signer suites run once per backend and per implementation: the compact parts (the universal
 * entry, what browsers bundle) and the fast parts (the node entry).
 */
export const variants: readonly [string, CryptoBackend, CreateSigner][] = backends.flatMap(
  ([label, crypto]) =>
    [
      [`${label} backend, compact parts`, crypto, withParts(compactParts)],
      [`${label} backend, fast parts`, crypto, withParts(fastParts)],
    ] as const,
);
