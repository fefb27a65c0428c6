/** A value or a promise of it: `node:crypto` answers synchronously, WebCrypto with promises. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * The primitives sign-in needs besides modular arithmetic (native `BigInt`): random bytes,
 * SHA-256 and HMAC-SHA256. HKDF is built from HMAC, so every backend derives keys the same way.
 * Inject one to control randomness in tests or to use another crypto provider.
 *
 * @example
 * ```ts
 * const fixed: CognitoCrypto = { ...webCryptoBackend, randomBytes: (size) => new Uint8Array(size).fill(7) };
 * const auth = createCognitoAuth({ userPoolId, clientId, invoke, crypto: fixed });
 * ```
 */
export interface CognitoCrypto {
  /** A short name, for debugging. */
  readonly name: string;
  /** `size` cryptographically secure random bytes. */
  randomBytes(size: number): Uint8Array;
  /** SHA-256 of the bytes. */
  sha256(data: Uint8Array): MaybePromise<Uint8Array>;
  /** HMAC-SHA256 of `data` with the raw `key`. */
  hmac(key: Uint8Array, data: Uint8Array): MaybePromise<Uint8Array>;
}
