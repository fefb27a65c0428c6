/**
 * Base class of every error this package throws. Messages never contain credentials.
 * Compare errors with the `is*Error` guards (they check `name`, so they work across
 * the ESM and CJS copies of the package), not with `instanceof`.
 *
 * @example
 * ```ts
 * try {
 *   await signer.presign(request, { expiresIn: 10 ** 9 });
 * } catch (error) {
 *   if (isInvalidExpiryError(error)) console.error(error.message);
 * }
 * ```
 */
export class SignerError extends Error {
  override name = 'SignerError';
}

/**
 * Credentials are missing or empty, expired, have an expiration that is not a date, or the provider
 * returned something unusable.
 */
export class InvalidCredentialsError extends SignerError {
  override name = 'InvalidCredentialsError';
}

/** The request cannot be signed: unparsable URL, invalid header name, unhashable body, missing region. */
export class InvalidRequestError extends SignerError {
  override name = 'InvalidRequestError';
}

/** `expiresIn` is not a whole number of seconds from 1 to 604800 (7 days). */
export class InvalidExpiryError extends SignerError {
  override name = 'InvalidExpiryError';
}

/** The signing date (or the clock's answer) is not a valid date. */
export class InvalidDateError extends SignerError {
  override name = 'InvalidDateError';
}

const named = (error: unknown, names: string): boolean =>
  typeof error === 'object' && error !== null && names.split(' ').includes((error as Error).name);

/** True for any error thrown by this package. */
export function isSignerError(error: unknown): error is SignerError {
  return named(
    error,
    'SignerError InvalidCredentialsError InvalidRequestError InvalidExpiryError InvalidDateError',
  );
}
/** True for {@link InvalidCredentialsError}. */
export function isInvalidCredentialsError(error: unknown): error is InvalidCredentialsError {
  return named(error, 'InvalidCredentialsError');
}
/** True for {@link InvalidRequestError}. */
export function isInvalidRequestError(error: unknown): error is InvalidRequestError {
  return named(error, 'InvalidRequestError');
}
/** True for {@link InvalidExpiryError}. */
export function isInvalidExpiryError(error: unknown): error is InvalidExpiryError {
  return named(error, 'InvalidExpiryError');
}
/** True for {@link InvalidDateError}. */
export function isInvalidDateError(error: unknown): error is InvalidDateError {
  return named(error, 'InvalidDateError');
}
