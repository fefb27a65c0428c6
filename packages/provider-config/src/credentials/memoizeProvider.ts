import type { AwsCredentialsProvider } from './AwsCredentialsProvider.js';
import type { AwsCredentials } from './createCredentials.js';

/** Credentials are fetched again when they expire within this many milliseconds (5 minutes, as the signer). */
export const REFRESH_WINDOW_MS = 300_000;

/**
 * Options of {@link memoizeProvider}.
 *
 * @example
 * ```ts
 * memoizeProvider(load, { clock: () => new Date(fakeNow), refreshWindowMs: 60_000 });
 * ```
 */
export interface MemoizeOptions {
  /** Current time. Default: `() => new Date()`. */
  clock?: () => Date;
  /** How long before `expiration` to fetch again. Default: {@link REFRESH_WINDOW_MS}. */
  refreshWindowMs?: number;
}

/**
 * Wraps a fetch of credentials so that it runs once, then again only when the credentials expire within
 * the refresh window; concurrent callers share the one pending fetch. Credentials without `expiration`
 * are kept for good. A failed fetch is not remembered: the next call tries again.
 *
 * @example
 * ```ts
 * const provider = memoizeProvider(() => fetchFromSomewhere());
 * await Promise.all([provider(), provider()]); // one fetch
 * ```
 */
export function memoizeProvider(
  load: () => Promise<AwsCredentials>,
  { clock = () => new Date(), refreshWindowMs = REFRESH_WINDOW_MS }: MemoizeOptions = {},
): AwsCredentialsProvider {
  let current: AwsCredentials | undefined;
  let pending: Promise<AwsCredentials> | undefined;
  const fresh = (credentials: AwsCredentials) =>
    credentials.expiration === undefined ||
    credentials.expiration.getTime() - clock().getTime() >= refreshWindowMs;
  return () => {
    if (current && fresh(current)) return Promise.resolve(current);
    pending ??= Promise.resolve()
      .then(load)
      .then((credentials) => {
        current = credentials;
        return credentials;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
