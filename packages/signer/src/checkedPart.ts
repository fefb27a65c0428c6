import { InvalidRequestError } from './SignerError.js';

/**
 * `value` when it is a non-empty string without `/` (a credential scope part, where a `/` would
 * shift the parts the key is derived from; or a method); else an {@link InvalidRequestError}
 * naming `name`.
 */
export const checkedPart = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || !/^[^/]+$/.test(value)) throw new InvalidRequestError(`Invalid ${name}`);
  return value;
};
