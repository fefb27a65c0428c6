import type { MaybePromise } from './backends/CryptoBackend.js';
import { InvalidCredentialsError } from './SignerError.js';

/**
 * AWS credentials. `sessionToken` comes with temporary credentials; `expiration`, when set,
 * makes the signer ask its provider for new ones shortly before that moment (static credentials
 * are refused once it has passed).
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
  /** When they stop working: a `Date`, an ISO 8601 string or epoch milliseconds. */
  readonly expiration?: Date | string | number | undefined;
}

/**
 * Returns credentials, typically fetched (STS, Cognito identity pools, the instance metadata
 * service...). The signer calls it once, then again only when the credentials are about to expire;
 * concurrent signatures share one call. If that refresh fails while the current credentials are still
 * valid, they are used; credentials that are already expired are refused. Signatures wait for a
 * refresh, so give the provider its own timeout (a provider that never answers holds them).
 * `expiration` is a `Date`, an ISO 8601 string or epoch milliseconds (not seconds).
 *
 * @example
 * ```ts
 * const provider: CredentialsProvider = async () => fetchTemporaryCredentials();
 * ```
 */
export type CredentialsProvider = () => Promise<Credentials>;

/** Credentials are refreshed when they expire within this many milliseconds (5 minutes). */
export const REFRESH_WINDOW_MS = 300_000;

/**
 * Checks credentials and copies them; they must not be expired at `now`. Never puts a value in a
 * message.
 */
function validate(credentials: Credentials | undefined, now: number): Credentials {
  if (!credentials?.accessKeyId || !credentials.secretAccessKey)
    throw new InvalidCredentialsError('Missing accessKeyId or secretAccessKey');
  // An ISO string (a provider parsing JSON), a Date or epoch milliseconds; one that is not a date
  // (NaN) is never in the future.
  if (credentials.expiration != null && !(+new Date(credentials.expiration) > now))
    throw new InvalidCredentialsError(
      'Credentials expired, or expiration not a Date, ISO string or epoch ms',
    );
  return { ...credentials };
}

/**
 * Makes a function returning usable credentials. A static object is checked at once and refused
 * once its expiration has passed. A provider is called on first use, then again when the
 * credentials expire within 5 minutes (concurrent callers share one pending call); when that
 * refresh fails while the current credentials are still valid, they are used. Expired or
 * unusable credentials are an {@link InvalidCredentialsError}.
 *
 * @example
 * ```ts
 * const resolve = credentialsResolver(provider, () => new Date());
 * const { accessKeyId } = await resolve();
 * ```
 */
export function credentialsResolver(
  source: Credentials | CredentialsProvider,
  clock: () => Date,
): () => MaybePromise<Credentials> {
  if (typeof source !== 'function') {
    const credentials = validate(source, +clock());
    // Static credentials cannot be refreshed: used until they expire, then refused.
    return () => (credentials.expiration == null ? credentials : validate(credentials, +clock()));
  }
  let current: Credentials | undefined;
  let pending: Promise<Credentials> | undefined;
  return () => {
    // NaN without an expiration: never due for a refresh.
    const left = +new Date(current?.expiration as Date) - +clock();
    if (current && !(left < REFRESH_WINDOW_MS)) return current;
    const still = left > 0 && current;
    pending ??= Promise.resolve()
      .then(source)
      .then((answer) => (current = validate(answer, +clock())))
      .finally(() => {
        pending = undefined;
      });
    // Checked again when the refresh fails: a slow failure may come after they expired.
    return still
      ? pending.catch((error: unknown) =>
          +new Date(still.expiration as Date) > +clock() ? still : Promise.reject(error),
        )
      : pending;
  };
}
