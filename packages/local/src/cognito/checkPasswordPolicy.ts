import { LocalError } from '../server/LocalError.js';
import type { PasswordPolicy } from '../store/State.js';

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
