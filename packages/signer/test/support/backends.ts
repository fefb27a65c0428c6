import type { CryptoBackend } from '../../src/backends/CryptoBackend.js';
import { nodeCryptoBackend } from '../../src/backends/nodeCryptoBackend.js';
import { webCryptoBackend } from '../../src/backends/webCryptoBackend.js';
import { compactParts } from '../../src/parts/compactParts.js';
import { fastParts } from '../../src/parts/fast/fastParts.js';
import type { SigningParts } from '../../src/parts/SigningParts.js';
import { makeSigner } from '../../src/signer/makeSigner.js';
import type { Signer, SignerOptions } from '../../src/types.js';

/** Every suite runs once per backend: node:crypto, and WebCrypto through Node's globalThis.crypto. */
export const backends: readonly [string, CryptoBackend][] = [
  ['node:crypto', nodeCryptoBackend],
  ['webcrypto', webCryptoBackend],
];

type CreateSigner = (options: SignerOptions) => Signer;
const withParts =
  (parts: SigningParts, defaultCrypto: CryptoBackend): CreateSigner =>
  (options) =>
    makeSigner(options, parts, defaultCrypto);

/**
 * Signer suites run once per backend and per implementation: the compact parts (the universal
 * entry, what browsers bundle) and the fast parts (the node entry).
 */
export const variants: readonly [string, CryptoBackend, CreateSigner][] = backends.flatMap(
  ([label, crypto]) =>
    [
      [`${label} backend, compact parts`, crypto, withParts(compactParts, webCryptoBackend)],
      [`${label} backend, fast parts`, crypto, withParts(fastParts, nodeCryptoBackend)],
    ] as const,
);
