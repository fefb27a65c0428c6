import { CredentialsError } from '../errors/CredentialsError.js';

/**
 * Options of {@link requestText}.
 *
 * @example
 * ```ts
 * const options: RequestOptions = { fetch, timeoutMs: 1000, maxAttempts: 3, source: 'container credentials' };
 * ```
 */
export interface RequestOptions {
  fetch: typeof globalThis.fetch;
  /** Per attempt, the body included. */
  timeoutMs: number;
  /** Attempts in all; network errors, timeouts and 5xx answers are tried again. */
  maxAttempts: number;
  /** Names the credential source in error messages. */
  source: string;
}

/**
 * One HTTP request to a local credentials endpoint, answered as status and text. Redirects are refused
 * (an authorization token must not travel to another host). A network error or timeout after the last
 * attempt is a CredentialsError naming `source` and the error code, never a header value.
 *
 * @example
 * ```ts
 * const { status, text } = await requestText(url, { method: 'GET', headers }, options);
 * ```
 */
export async function requestText(
  url: string,
  init: { method: 'GET' | 'PUT'; headers: Record<string, string> },
  options: RequestOptions,
): Promise<{ status: number; text: string }> {
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= options.maxAttempts;
    try {
      const answer = await attemptRequest(url, init, options);
      if (answer.status < 500 || last) return answer;
    } catch (error) {
      if (last) throw error;
    }
  }
}

async function attemptRequest(
  url: string,
  init: { method: 'GET' | 'PUT'; headers: Record<string, string> },
  { fetch, timeoutMs, source }: RequestOptions,
): Promise<{ status: number; text: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { ...init, redirect: 'error', signal: controller.signal });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new CredentialsError(source, `${source}: no answer within ${timeoutMs} ms`);
    }
    throw new CredentialsError(source, `${source}: request failed (${networkCode(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

// fetch reports `TypeError: fetch failed` with the system error (ECONNREFUSED...) as its cause.
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string' && /^\w{1,40}$/.test(cause.code)) return cause.code;
  return error instanceof Error ? error.name : 'error';
}
