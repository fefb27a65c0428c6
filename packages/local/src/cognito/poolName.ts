import type { UserPool } from '../store/State.js';

/** The pool's short name, as SRP hashes it: the id after the region and `_`. */
export const poolName = (pool: UserPool): string => pool.id.split('_')[1] ?? pool.id;
