import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CognitoUser, UserPool } from '../store/State.js';
import { poolName } from './poolName.js';
import { srpServer } from './srp/srpServer.js';

const hashOf = (salt: string, password: string): string =>
  createHash('sha256').update(salt).update(password, 'utf8').digest('hex');

/** Stores a password as a salted hash and an SRP verifier (never the password itself). */
function set(pool: UserPool, user: CognitoUser, password: string): void {
  // The salt's high bit is cleared so that its padded form is the same for every client.
  const salt = (randomBytes(16)[0]! & 0x7f).toString(16).padStart(2, '0') + randomBytes(15).toString('hex');
  user.password = {
    hash: hashOf(salt, password),
    salt,
    verifier: srpServer.verifier(poolName(pool), user.username, password, salt),
  };
}

/** Whether `password` is the user's. */
function matches(user: CognitoUser, password: string): boolean {
  if (!user.password) return false;
  const given = Buffer.from(hashOf(user.password.salt, password), 'hex');
  return timingSafeEqual(given, Buffer.from(user.password.hash, 'hex'));
}

/** Passwords as the emulator keeps them: a salted hash and an SRP verifier. */
export const passwords = { set, matches };
