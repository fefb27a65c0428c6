/** Names of every error class this package throws; guards compare `name`, which survives dual ESM/CJS copies. */
const NAMES = new Set([
  'IamError',
  'IamServiceError',
  'IamNetworkError',
  'IamTimeoutError',
  'IamAbortError',
  'IamParseError',
  'IamConfigError',
]);

/**
 * Base class of every error `@iamkit/iam` throws.
 *
 * @example
 * ```ts
 * try { await getUser(client, { UserName: 'alice' }); }
 * catch (error) { if (isIamError(error)) console.log(error.name, error.message); }
 * ```
 */
export class IamError extends Error {
  override name = 'IamError';
}

/** True for any error thrown by `@iamkit/iam`, whichever copy of the package threw it. */
export const isIamError = (error: unknown): error is IamError =>
  error instanceof Error && NAMES.has(error.name);

/** Builds a guard for one named subclass. */
export const guardFor =
  <T extends IamError>(name: string) =>
  (error: unknown): error is T =>
    error instanceof Error && error.name === name;
