import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LocalError } from '../server/LocalError.js';
import type { CognitoUser, PasswordPolicy, UserPool } from '../store/State.js';
import { srpVerifier } from './srp/srpServer.js';

const hashOf = (salt: string, password: string): string =>
  createHash('sha256').update(salt).update(password, 'utf8').digest('hex');

/** Throws `InvalidPasswordException` unless `password` meets the pool's policy, in Cognito's words. */
export function checkPasswordPolicy(policy: PasswordPolicy, password: string): void {
  const fail = (what: string) =>
    new LocalError('InvalidPasswordException', `Password did not conform with policy: ${what}`);
  if (password.length < policy.MinimumLength) throw fail('Password not long enough');
  if (policy.RequireLowercase && !/[a-z]/.test(password))
    throw fail('Password must have lowercase characters');
  if (policy.RequireUppercase && !/[A-Z]/.test(password))
    throw fail('Password must have uppercase characters');
  if (policy.RequireNumbers && !/\d/.test(password)) throw fail('Password must have numeric characters');
  if (policy.RequireSymbols && !/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/.test(password)) {
    throw fail('Password must have symbol characters');
  }
}

/** The pool's short name, as SRP hashes it: the id after the region and `_`. */
export const poolName = (pool: UserPool): string => pool.id.split('_')[1] ?? pool.id;

/** Stores a password as a salted hash and an SRP verifier (never the password itself). */
export function setPassword(pool: UserPool, user: CognitoUser, password: string): void {
  // The salt's high bit is cleared so that its padded form is the same for every client.
  const salt = (randomBytes(16)[0]! & 0x7f).toString(16).padStart(2, '0') + randomBytes(15).toString('hex');
  user.password = {
    hash: hashOf(salt, password),
    salt,
    verifier: srpVerifier(poolName(pool), user.username, password, salt),
  };
}

/** Whether `password` is the user's. */
export function passwordMatches(user: CognitoUser, password: string): boolean {
  if (!user.password) return false;
  const given = Buffer.from(hashOf(user.password.salt, password), 'hex');
  return timingSafeEqual(given, Buffer.from(user.password.hash, 'hex'));
}
