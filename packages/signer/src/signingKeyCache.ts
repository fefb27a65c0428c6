/**
 * A small LRU cache of signing-key handles, keyed by `secret + "\n" + credential scope` (secret,
 * day, region, service), so two credentials sharing an access key id never share an entry. It
 * lives inside a signer's closure, never on an object that could be logged. The last entry is
 * kept aside: a signer usually signs many requests in a row with the same key.
 *
 * @example
 * ```ts
 * const cache = signingKeyCache<CryptoKey>(50);
 * cache.set(id, key);
 * cache.get(id); // key
 * ```
 */
export function signingKeyCache<K>(limit = 50) {
  const entries = new Map<string, K>();
  let lastId = '';
  let last: K | undefined;
  const remember = (id: string, key: K): K => {
    entries.delete(id); // re-inserted last: Map order is the recency order
    entries.set(id, key);
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
    lastId = id;
    last = key;
    return key;
  };
  return {
    get: (id: string): K | undefined => {
      if (id === lastId) return last;
      const key = entries.get(id);
      return key === undefined ? key : remember(id, key);
    },
    set: remember,
    size: () => entries.size,
  };
}
