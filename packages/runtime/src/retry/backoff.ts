import { THROTTLING_CODES } from './retryableCodes.js';

/** Retry settings; every field is optional. */
export interface RetryOptions {
  /** Total attempts including the first; default 3, `1` disables retries. */
  maxAttempts?: number;
  /** Base delay for transient errors in ms; default 100 (AWS SDK standard mode). */
  baseDelayMs?: number;
  /** Base delay for throttling in ms; default 500. */
  throttlingBaseDelayMs?: number;
  /** Cap on a single delay in ms; default 20 000. */
  maxDelayMs?: number;
  /** Random source in [0, 1), injectable for tests; default `Math.random`. */
  random?: () => number;
}

/**
 * Exponential backoff with full jitter: a uniformly random delay in `[0, min(cap, base · 2^retry))`.
 * Full jitter spreads synchronised clients best (AWS Architecture Blog, "Exponential Backoff and Jitter").
 *
 * @param retry 0 for the delay before the first retry.
 */
export const backoffDelay = (retry: number, code: string | undefined, options: RetryOptions = {}): number => {
  const base =
    code !== undefined && THROTTLING_CODES.has(code)
      ? (options.throttlingBaseDelayMs ?? 500)
      : (options.baseDelayMs ?? 100);
  const ceiling = Math.min(options.maxDelayMs ?? 20_000, base * 2 ** retry);
  return Math.floor((options.random ?? Math.random)() * ceiling);
};
