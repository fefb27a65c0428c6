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

/** Credentials are missing, empty, or the provider returned something unusable. */
export class InvalidCredentialsError extends SignerError {
  override name = 'InvalidCredentialsError';
}

/** The request cannot be signed: unparsable URL, invalid header name, unsupported body. */
export class InvalidRequestError extends SignerError {
  override name = 'InvalidRequestError';
}

/** `expiresIn` is not a whole number of seconds from 1 to 604800 (7 days). */
export class InvalidExpiryError extends SignerError {
  override name = 'InvalidExpiryError';
}

/** The signing date (or the clock's answer, or a credential expiration) is not a valid date. */
export class InvalidDateError extends SignerError {
  override name = 'InvalidDateError';
}

const is =
  (...names: string[]) =>
  (error: unknown): boolean =>
    typeof error === 'object' && error !== null && names.includes((error as Error).name);

/** True for any error thrown by this package. */
export const isSignerError: (error: unknown) => error is SignerError = is(
  'SignerError',
  'InvalidCredentialsError',
  'InvalidRequestError',
  'InvalidExpiryError',
  'InvalidDateError',
) as never;
/** True for {@link InvalidCredentialsError}. */
export const isInvalidCredentialsError: (error: unknown) => error is InvalidCredentialsError = is(
  'InvalidCredentialsError',
) as never;
/** True for {@link InvalidRequestError}. */
export const isInvalidRequestError: (error: unknown) => error is InvalidRequestError = is(
  'InvalidRequestError',
) as never;
/** True for {@link InvalidExpiryError}. */
export const isInvalidExpiryError: (error: unknown) => error is InvalidExpiryError = is(
  'InvalidExpiryError',
) as never;
/** True for {@link InvalidDateError}. */
export const isInvalidDateError: (error: unknown) => error is InvalidDateError = is(
  'InvalidDateError',
) as never;
