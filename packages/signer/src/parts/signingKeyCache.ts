/** A signing-key cache (see {@link signingKeyCache}). */
export interface SigningKeyCache<K> {
  get(secret: string, scope: string): K | undefined;
  set(secret: string, scope: string, key: K): K;
}

/**
 * A small cache of signing-key handles, keyed by secret and credential scope (day, region,
 * service), so two credentials sharing an access key id never share an entry. Bounded: when
 * full, the oldest entry makes room (a signer rarely uses more than a few scopes a day, so
 * first-in-first-out evicts as well as LRU would, in less code). It lives inside a signer's
 * closure, never on an object that could be logged.
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
  return {
    get: (secret, scope) => entries.get(secret + '\n' + scope),
    set: (secret, scope, key) => {
      // Map order is insertion order: the first key is the oldest. Written as !(size < limit) so a
      // limit that is not a positive number (NaN, 0, '50' from an untyped caller) still bounds it.
      if (!(entries.size < limit)) entries.delete(entries.keys().next().value!);
      entries.set(secret + '\n' + scope, key);
      return key;
    },
  };
}
