/** Names of every error class of the runtime; guards compare `name`, which survives bundled copies. */
const NAMES = new Set([
  'AwsError',
  'AwsServiceError',
  'AwsNetworkError',
  'AwsTimeoutError',
  'AwsAbortError',
  'AwsParseError',
  'AwsConfigError',
  'AwsCredentialsError',
]);

const FAMILY = Symbol.for('@iamkit/runtime:AwsError');

/**
 * Base class of every error a client call can throw: the service's answer, the network, timeouts, aborts,
 * unreadable responses, bad configuration or input, and credentials (errors of the signer, provider-config
 * and credential providers are wrapped, the original as `cause`). Messages never quote a secret.
 *
 * @example
 * ```ts
 * try { await getUser(client, { UserName: 'alice' }); }
 * catch (error) { if (isAwsError(error)) console.log(error.name, error.message); }
 * ```
 */
export class AwsError extends Error {
  override name = 'AwsError';
  /** Marks the family, so a service package's own subclasses (Cognito's sign-in errors) pass `isAwsError`. */
  get [FAMILY](): true {
    return true;
  }
}

/**
 * True for any error of the runtime's family, whichever copy of the package threw it: the runtime's names,
 * or a subclass a service package defines (marked through a registered symbol, shared by every copy).
 */
export const isAwsError = (error: unknown): error is AwsError =>
  error instanceof Error && (NAMES.has(error.name) || (error as { [FAMILY]?: unknown })[FAMILY] === true);

/** Builds the guard of one named subclass. */
export const guardFor =
  <T extends AwsError>(name: string) =>
  (error: unknown): error is T =>
    error instanceof Error && error.name === name;
