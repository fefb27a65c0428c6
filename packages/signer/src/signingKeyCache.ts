/**
 * A small LRU cache of signing-key handles. Keys are `secret\ndate\nregion\nservice`, so two
 * credentials sharing an access key id never share an entry. It lives inside a signer's closure
 * (never on an object that could be logged) and keeps the most recent entry in fields for a
 * lookup without building the composite key.
 *
 * @example
 * ```ts
 * const cache = signingKeyCache<CryptoKey>(50);
 * cache.set(secret, '20150830', 'us-east-1', 'iam', key);
 * cache.get(secret, '20150830', 'us-east-1', 'iam'); // key
 * ```
 */
export function signingKeyCache<K>(limit = 50) {
  const entries = new Map<string, K>();
  let lastSecret = '';
  let lastDate = '';
  let lastRegion = '';
  let lastService = '';
  let last: K | undefined;
  const remember = (secret: string, date: string, region: string, service: string, key: K): K => {
    lastSecret = secret;
    lastDate = date;
    lastRegion = region;
    lastService = service;
    last = key;
    return key;
  };
  return {
    get(secret: string, date: string, region: string, service: string): K | undefined {
      if (secret === lastSecret && date === lastDate && region === lastRegion && service === lastService) {
        return last;
      }
      const id = secret + '\n' + date + '\n' + region + '\n' + service;
      const key = entries.get(id);
      if (key === undefined) return undefined;
      entries.delete(id); // re-insert: Map order is the recency order
      entries.set(id, key);
      return remember(secret, date, region, service, key);
    },
    set(secret: string, date: string, region: string, service: string, key: K): K {
      const id = secret + '\n' + date + '\n' + region + '\n' + service;
      entries.delete(id);
      entries.set(id, key);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
      return remember(secret, date, region, service, key);
    },
    get size(): number {
      return entries.size;
    },
  };
}
