import { createHash } from 'node:crypto';

/** A reproducible byte stream (SHA-256 in counter mode over `seed`): the same "random" bytes for two implementations. */
export function randomStream(seed: string): (size: number) => Uint8Array {
  let counter = 0;
  let pool = new Uint8Array(0);
  return (size) => {
    while (pool.length < size) {
      const block = createHash('sha256').update(`${seed}/${counter++}`).digest();
      pool = new Uint8Array([...pool, ...block]);
    }
    const out = pool.slice(0, size);
    pool = pool.slice(size);
    return out;
  };
}
