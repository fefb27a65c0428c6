import { AwsNetworkError } from '../errors/AwsNetworkError.js';

/** The first `code` (`ECONNREFUSED`, `ECONNRESET`, ...) along an error's `cause` chain. */
const codeOf = (error: unknown): string | undefined => {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
};

/**
 * A transport failure as an `AwsNetworkError` naming the host and the system error code, so the message
 * alone says what failed (`fetch failed` does not). `cause` is the transport's own error.
 */
export const networkError = (label: string, url: string, error: Error): AwsNetworkError => {
  const code = codeOf(error);
  const host = url.replace(/^[a-z]+:\/\/([^/]*).*$/i, '$1');
  return new AwsNetworkError(`${label}: network error talking to ${host}${code ? ` (${code})` : ''}`, {
    cause: error,
  });
};
