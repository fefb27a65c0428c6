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
export const REFRESH_WINDOW_MS = 5 * 60 * 1000;

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Checks credentials and copies the fields the signer uses. Never puts a value in a message. */
function validate(credentials: Credentials | undefined): Credentials {
  if (typeof credentials !== 'object' || credentials === null) {
    throw new InvalidCredentialsError(
      'Missing credentials: pass { accessKeyId, secretAccessKey } or a provider',
    );
  }
  const { accessKeyId, secretAccessKey, sessionToken, expiration } = credentials;
  if (!isText(accessKeyId))
    throw new InvalidCredentialsError('Credentials have an empty or missing accessKeyId');
  if (!isText(secretAccessKey)) {
    throw new InvalidCredentialsError('Credentials have an empty or missing secretAccessKey');
  }
  if (sessionToken != null && typeof sessionToken !== 'string') {
    throw new InvalidCredentialsError('Credentials sessionToken must be a string');
  }
  if (expiration != null && Number.isNaN(new Date(expiration).getTime())) {
    throw new InvalidCredentialsError('Credentials expiration is not a valid date');
  }
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken: sessionToken || undefined,
    expiration: expiration == null ? undefined : new Date(expiration),
  };
}

const expiresSoon = (credentials: Credentials, now: number): boolean =>
  credentials.expiration !== undefined && credentials.expiration.getTime() - now < REFRESH_WINDOW_MS;

/**
 * Makes a function returning usable credentials: a static object is checked once; a provider is
 * called on first use, again when the credentials expire within 5 minutes, and concurrent
 * callers share one pending call. Throws {@link InvalidCredentialsError} for unusable credentials
 * (including a provider answering with credentials that have already expired).
 *
 * @example
 * ```ts
 * const resolve = credentialsResolver(provider, () => Date.now());
 * const { accessKeyId } = await resolve();
 * ```
 */
export function credentialsResolver(
  source: Credentials | CredentialsProvider,
  now: () => number,
): () => MaybePromise<Credentials> {
  if (typeof source !== 'function') {
    const credentials = validate(source);
    return () => credentials;
  }
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  const refresh = (): Promise<Credentials> =>
    Promise.resolve()
      .then(source)
      .then((answer) => {
        const fresh = validate(answer);
        if (fresh.expiration && fresh.expiration.getTime() <= now()) {
          throw new InvalidCredentialsError('The credentials provider returned expired credentials');
        }
        current = fresh;
        return fresh;
      })
      .finally(() => {
        pending = undefined;
      });
  return () => {
    if (current && !expiresSoon(current, now())) return current;
    pending ??= refresh();
    return pending;
  };
}
