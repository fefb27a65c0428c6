/** A signing-key cache (see {@link signingKeyCache}). */
export interface SigningKeyCache<K> {
  get(secret: string, scope: string): K | undefined;
  set(secret: string, scope: string, key: K): K;
  /** How many keys it holds, where a cache counts them. */
  size?: (() => number) | undefined;
}

/**
 * A small LRU cache of signing-key handles, keyed by secret and credential scope (day, region,
 * service), so two credentials sharing an access key id never share an entry. It lives inside a
 * signer's closure, never on an object that could be logged.
 *
 * @example
 * ```ts
 * const cache = signingKeyCache<CryptoKey>(50);
 * cache.set(secret, '20150830/us-east-1/iam/aws4_request', key);
 * cache.get(secret, '20150830/us-east-1/iam/aws4_request'); // key
 * ```
 */
export function signingKeyCache<K>(limit = 50): SigningKeyCache<K> {
  const entries = new Map<string, K>();
  const cache: SigningKeyCache<K> = {
    get: (secret, scope) => {
      const key = entries.get(secret + '\n' + scope);
      return key && cache.set(secret, scope, key);
    },
    set: (secret, scope, key) => {
      const id = secret + '\n' + scope;
      entries.delete(id); // re-inserted last: Map order is the recency order
      if (entries.set(id, key).size > limit) entries.delete(entries.keys().next().value!);
      return key;
    },
  };
  return cache;
}
