import { ProviderConfigError } from './ProviderConfigError.js';

/**
 * Credentials were missing or malformed. `source` names what was tried (e.g. `profile 'dev' in
 * /home/me/.aws/credentials`); neither it nor the message ever contains a secret.
 *
 * @example
 * ```ts
 * try { await fromSharedFiles({ profile: 'dev' }); }
 * catch (error) { if (isCredentialsError(error)) console.error(error.source); }
 * ```
 */
export class CredentialsError extends ProviderConfigError {
  override name = 'CredentialsError';

  constructor(
    readonly source: string,
    message: string,
    /** `cause`: the error of an injected dependency (an STS client), where one failed. */
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Type guard comparing `name`, so it works across ESM and CJS copies of this package. */
export function isCredentialsError(error: unknown): error is CredentialsError {
  return error instanceof Error && error.name === 'CredentialsError';
}
