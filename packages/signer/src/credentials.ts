import type { MaybePromise } from './CryptoBackend.js';
import { InvalidCredentialsError } from './SignerError.js';

/**
 * AWS credentials. `sessionToken` comes with temporary credentials; `expiration`, when set,
 * makes the signer ask its provider for new ones shortly before that moment.
 *
 * @example
 * ```ts
 * const credentials: Credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! };
 * ```
 */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  readonly expiration?: Date | undefined;
}

/**
 * Returns credentials, typically fetched (STS, Cognito identity pools, the instance metadata
 * service...). The signer calls it once, then again only when the credentials are about to expire;
 * concurrent signatures share one call.
 *
 * @example
 * ```ts
 * const provider: CredentialsProvider = async () => fetchTemporaryCredentials();
 * ```
 */
export type CredentialsProvider = () => Promise<Credentials>;

/** Credentials are refreshed when they expire within this many milliseconds (5 minutes). */
export const REFRESH_WINDOW_MS = 300_000;

/** Checks credentials and copies them. Never puts a value in a message. */
function validate(credentials: Credentials | undefined): Credentials {
  if (!credentials?.accessKeyId || !credentials.secretAccessKey)
    throw new InvalidCredentialsError('Missing accessKeyId or secretAccessKey');
  return { ...credentials };
}

/**
 * Makes a function returning usable credentials: a static object is checked once; a provider is
 * called on first use, again when the credentials expire within 5 minutes, and concurrent
 * callers share one pending call. Throws {@link InvalidCredentialsError} for unusable credentials.
 *
 * @example
 * ```ts
 * const resolve = credentialsResolver(provider, () => Date.now());
 * const { accessKeyId } = await resolve();
 * ```
 */
export function credentialsResolver(
  source: Credentials | CredentialsProvider,
  clock: () => Date,
): () => MaybePromise<Credentials> {
  if (typeof source !== 'function') {
    const credentials = validate(source);
    return () => credentials;
  }
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  return () => {
    // An expiration may be an ISO string (a provider parsing JSON); none is NaN: never expires.
    if (current && !(+new Date(current.expiration as Date) - +clock() < REFRESH_WINDOW_MS)) return current;
    pending ??= Promise.resolve()
      .then(source)
      .then((answer) => {
        current = validate(answer);
        return current;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
