/** A value or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * The three primitives SigV4 needs. Every method may answer synchronously or with a promise:
 * the `node:crypto` backend answers synchronously so a whole signature resolves in one tick,
 * WebCrypto answers with promises. The signer's own API is always async.
 *
 * @example
 * ```ts
 * const signer = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto: webCryptoBackend });
 * ```
 */
export interface CryptoBackend {
  /** A short name, for `explain()` and debugging. */
  readonly name: string;
  /** SHA-256 of UTF-8 text or bytes, as lowercase hex. */
  sha256(data: string | Uint8Array): MaybePromise<string>;
  /** HMAC-SHA256 of UTF-8 text with a raw key (UTF-8 text or bytes); used to derive signing keys. */
  hmac(key: string | Uint8Array, data: string): MaybePromise<Uint8Array>;
  /** Turns a raw signing key into a reusable handle (a `KeyObject`, a `CryptoKey`, ...). */
  importKey(key: Uint8Array): MaybePromise<unknown>;
  /** HMAC-SHA256 of UTF-8 text with a handle from {@link CryptoBackend.importKey}, as lowercase hex. */
  hmacHex(key: unknown, data: string): MaybePromise<string>;
}

/**
 * Calls `next` with the value now, or once the promise settles: no extra tick for synchronous
 * backends. Tests `instanceof Promise` (backends return native promises), cheaper than a `then` probe.
 */
export const chain = <T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> =>
  value instanceof Promise ? value.then(next) : next(value);
