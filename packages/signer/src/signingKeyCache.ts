/**
 * A small LRU cache of signing-key handles, keyed by secret and credential scope (day, region,
 * service), so two credentials sharing an access key id never share an entry. It lives inside a
 * signer's closure, never on an object that could be logged. The last entry is compared field by
 * field first: a signer usually signs many requests in a row with one key, and this avoids
 * building the composite key.
 *
 * @example
 * ```ts
 * const cache = signingKeyCache<CryptoKey>(50);
 * cache.set(secret, '20150830/us-east-1/iam/aws4_request', key);
 * cache.get(secret, '20150830/us-east-1/iam/aws4_request'); // key
 * ```
 */
export function signingKeyCache<K>(limit = 50) {
  const entries = new Map<string, K>();
  let lastSecret = '';
  let lastScope = '';
  let last: K | undefined;
  const set = (secret: string, scope: string, key: K): K => {
    const id = secret + '\n' + scope;
    entries.delete(id); // re-inserted last: Map order is the recency order
    entries.set(id, key);
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
    lastSecret = secret;
    lastScope = scope;
    last = key;
    return key;
  };
  return {
    get: (secret: string, scope: string): K | undefined => {
      if (secret === lastSecret && scope === lastScope) return last;
      const key = entries.get(secret + '\n' + scope);
      return key === undefined ? key : set(secret, scope, key);
    },
    set,
    size: () => entries.size,
  };
}
