import { resolveEndpoint } from '@iamkit/provider-config';
import { type Credentials, type CredentialsProvider, createSigner } from '@iamkit/signer';
import ky, { type BeforeRequestHook, type Options as KyOptions } from 'ky';
import { IamAbortError } from '../errors/IamAbortError.js';
import { IamConfigError } from '../errors/IamConfigError.js';
import { IamNetworkError } from '../errors/IamNetworkError.js';
import { IamTimeoutError } from '../errors/IamTimeoutError.js';
import { parseQueryResponse } from '../protocol/parseQueryResponse.js';
import type { OperationSchema } from '../protocol/schema.js';
import { serializeQuery } from '../protocol/serializeQuery.js';
import { backoffDelay, type RetryOptions } from '../retry/backoff.js';
import { CLOCK_SKEW_CODES } from '../retry/retryableCodes.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readBody } from './readBody.js';
import { sleep as defaultSleep } from './sleep.js';
import { toServiceError } from './toServiceError.js';

/** Options of one call; they narrow, never widen, the client's. */
export interface IamCallOptions {
  signal?: AbortSignal;
  /** Total time for this call in ms, retries and backoff included. */
  totalTimeout?: number;
}

/** Retry settings plus an injectable sleep (tests, custom schedulers). */
export interface IamRetryOptions extends RetryOptions {
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

type OwnKeys =
  | 'credentials'
  | 'retry'
  | 'timeout'
  | 'signal'
  | 'fetch'
  | 'method'
  | 'body'
  | 'json'
  | 'throwHttpErrors';

/** What the client needs from a signer: `@iamkit/signer`'s `sign`, or your own. */
export interface IamRequestSigner {
  sign(
    request: { method: string; url: string; headers: Record<string, string>; body: string },
    options: { signingDate: Date },
  ): Promise<{ headers: Record<string, string> }>;
}

/** Configuration of {@link createIamClient}; any other ky option is passed to ky. */
export interface IamClientConfig extends Omit<KyOptions, OwnKeys> {
  /** Static credentials or a provider (called per request; it should cache). Unused when `signer` is given. */
  credentials?: Credentials | CredentialsProvider;
  /** Replaces SigV4 signing through `@iamkit/signer` (custom schemes, tests). */
  signer?: IamRequestSigner;
  /** Any region of the partition; IAM itself is global and signs for the partition's IAM region. */
  region?: string;
  /** Endpoint override (moto, LocalStack, VPC endpoint). */
  endpoint?: string;
  allowInsecureHttp?: boolean;
  useFips?: boolean;
  useDualStack?: boolean;
  fetch?: typeof globalThis.fetch;
  /** Client clock, injectable for tests; the learned skew is added to it. */
  clock?: () => Date;
  /** Retry policy; a number is `maxAttempts`. */
  retry?: IamRetryOptions | number;
  /** Per-attempt timeout in ms (default 30 000), `false` for none. */
  timeout?: number | false;
  /** Total time per call in ms, retries included; default none. */
  totalTimeout?: number;
  /** Aborts every call made with this client. */
  signal?: AbortSignal;
  /** Refuse responses larger than this (default 10 MiB). */
  maxResponseBytes?: number;
}

/**
 * An IAM client: configuration and the request pipeline. Operations are separate functions
 * (`listUsers(client, input)`), so a bundle carries only the operations it calls.
 */
export interface IamClient {
  readonly endpoint: string;
  readonly signingRegion: string;
  /** Milliseconds added to the clock after AWS reported a skewed request; 0 until then. */
  readonly clockOffsetMs: number;
  /** Runs one operation from its runtime schema; the per-operation functions call this. */
  invoke(operation: OperationSchema, input: object | undefined, options?: IamCallOptions): Promise<unknown>;
}

const API_VERSION = '2010-05-08';
const CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';
const SKEW_THRESHOLD_MS = 5 * 60 * 1000;
const NEVER_ABORTED = /* @__PURE__ */ new AbortController().signal;

/**
 * Creates an IAM client.
 *
 * Retries run in our own loop around ky (ky's `retry` is 0): AWS signals throttling with HTTP 400 and a
 * code in the XML body, which ky's status-based retry cannot see, and a clock-skew re-sign must not
 * consume an attempt. Each attempt is a fresh ky request whose `beforeRequest` hook signs it with a
 * fresh date, so a retry never replays a stale signature.
 *
 * @example
 * ```ts
 * const client = createIamClient({ credentials: { accessKeyId, secretAccessKey } });
 * const { Users } = await listUsers(client, { MaxItems: 10 });
 * ```
 */
export const createIamClient = (config: IamClientConfig): IamClient => {
  const {
    credentials,
    signer: customSigner,
    region,
    endpoint,
    allowInsecureHttp,
    useFips,
    useDualStack,
    fetch,
    clock = () => new Date(),
    retry,
    timeout = 30_000,
    totalTimeout,
    signal: clientSignal,
    maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
    ...kyOptions
  } = config;
  const resolved = resolveEndpoint({
    service: 'iam',
    ...(region === undefined ? {} : { region }),
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(allowInsecureHttp === undefined ? {} : { allowInsecureHttp }),
    ...(useFips === undefined ? {} : { useFips }),
    ...(useDualStack === undefined ? {} : { useDualStack }),
  });
  if (!customSigner && !credentials) throw new IamConfigError('createIamClient: `credentials` is required');
  const signer: IamRequestSigner =
    customSigner ??
    createSigner({
      credentials: credentials!,
      region: resolved.signingRegion,
      service: resolved.signingName,
    });
  const retryOptions: IamRetryOptions = typeof retry === 'number' ? { maxAttempts: retry } : (retry ?? {});
  const maxAttempts = Math.max(1, retryOptions.maxAttempts ?? 3);
  const wait = retryOptions.sleep ?? defaultSleep;
  const http = ky.create({
    ...kyOptions,
    ...(fetch ? { fetch } : {}),
    timeout,
    retry: 0,
    throwHttpErrors: false,
  });
  let offset = 0;

  /** Learns the offset from the response `Date`; true when it was far enough off to explain the error. */
  const learnSkew = (response: Response): boolean => {
    const server = Date.parse(response.headers.get('date') ?? '');
    const diff = server - (clock().getTime() + offset);
    if (!(Math.abs(diff) > SKEW_THRESHOLD_MS)) return false;
    offset += diff;
    return true;
  };

  const invoke = async (
    operation: OperationSchema,
    input: object | undefined,
    options: IamCallOptions = {},
  ) => {
    const body = serializeQuery(operation.name, API_VERSION, input, operation.input);
    const total = options.totalTimeout ?? totalTimeout;
    const totalSignal = total === undefined ? undefined : AbortSignal.timeout(total);
    const signals = [clientSignal, options.signal, totalSignal].filter(
      (s): s is AbortSignal => s !== undefined,
    );
    // AbortSignal.any is costly on the hot path: only combine when there is something to combine.
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const stopped = (cause: unknown) =>
      totalSignal?.aborted
        ? new IamTimeoutError('total', total!, { cause })
        : new IamAbortError(`${operation.name} aborted`, { cause: signal?.reason });
    const sign: BeforeRequestHook = async ({ request }) => {
      const signed = await signer.sign(
        { method: 'POST', url: request.url, headers: { 'content-type': CONTENT_TYPE }, body },
        { signingDate: new Date(clock().getTime() + offset) },
      );
      for (const name in signed.headers) request.headers.set(name, signed.headers[name]!);
    };
    let skewRetried = false;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw stopped(undefined);
      let failure: Error & { retryable?: boolean; code?: string };
      try {
        const response = await http.post(resolved.url, {
          body,
          headers: { 'content-type': CONTENT_TYPE },
          ...(signal ? { signal } : {}),
          hooks: { beforeRequest: [sign] },
        });
        const text = await readBody(response, maxResponseBytes);
        if (response.ok) return parseQueryResponse(text, operation);
        failure = toServiceError(operation.name, response, text);
        if (!skewRetried && CLOCK_SKEW_CODES.has(failure.code!) && learnSkew(response)) {
          // Re-signing with the corrected clock is a repair, not a retry: it does not use up an attempt.
          skewRetried = true;
          attempt--;
          continue;
        }
      } catch (error) {
        if (signal?.aborted) throw stopped(error);
        const name = (error as Error).name;
        if (name === 'TimeoutError')
          failure = new IamTimeoutError('attempt', Number(timeout), { cause: error });
        else if (name === 'NetworkError' || error instanceof TypeError) {
          failure = new IamNetworkError(`${operation.name}: network error: ${(error as Error).message}`, {
            cause: error,
          });
        } else throw error;
      }
      if (!failure.retryable || attempt >= maxAttempts) throw failure;
      try {
        await wait(backoffDelay(attempt - 1, failure.code, retryOptions), signal ?? NEVER_ABORTED);
      } catch (error) {
        throw stopped(error);
      }
    }
  };

  return {
    endpoint: resolved.url,
    signingRegion: resolved.signingRegion,
    get clockOffsetMs() {
      return offset;
    },
    invoke,
  };
};
