import { InvalidAuthInputError } from './CognitoAuthError.js';

/** `value` when it is a non-empty string; an {@link InvalidAuthInputError} naming `name` (never quoting the value) otherwise. */
export function requireText(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new InvalidAuthInputError(`${name} must be a non-empty string`);
  return value;
}
