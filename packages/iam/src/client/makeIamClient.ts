import {
  iamEndpointRules,
  type ResolveServiceEndpointOptions,
  resolveServiceEndpoint,
} from '@iamkit/provider-config';
import { createSigner } from '@iamkit/signer';
import ky, { type BeforeRequestHook } from 'ky';
import { IamAbortError } from '../errors/IamAbortError.js';
import { IamConfigError } from '../errors/IamConfigError.js';
import { IamNetworkError } from '../errors/IamNetworkError.js';
import { IamTimeoutError } from '../errors/IamTimeoutError.js';
import { parseQueryResponse } from '../protocol/parseQueryResponse.js';
import type { OperationSchema } from '../protocol/schema.js';
import { serializeQuery } from '../protocol/serializeQuery.js';
import { backoffDelay } from '../retry/backoff.js';
import { CLOCK_SKEW_CODES } from '../retry/retryableCodes.js';
import type {
  IamCallOptions,
  IamClient,
  IamClientConfig,
  IamRequestSigner,
  IamRetryOptions,
} from './IamClientConfig.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readBody } from './readBody.js';
import { sleep as defaultSleep } from './sleep.js';
import type { TransportAdapter } from './TransportAdapter.js';
import { toServiceError } from './toServiceError.js';

const API_VERSION = '2010-05-08';
const CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';
const SKEW_THRESHOLD_MS = 5 * 60 * 1000;
const NEVER_ABORTED = /* @__PURE__ */ new AbortController().signal;

/**
 * The IAM client behind both entries' `createIamClient`; `adapter` lets a transport that reads the body
 * from an option and answers with buffered text (the Node one) skip the Request body stream.
 *
 * Retries run in our own loop around ky (ky's `retry` is 0): AWS signals throttling with HTTP 400 and a
 * code in the XML body, which ky's status-based retry cannot see, and a clock-skew re-sign must not
 * consume an attempt. Each attempt is a fresh ky request whose `beforeRequest` hook signs it with a
 * fresh date, so a retry never replays a stale signature.
 */
export const makeIamClient = (config: IamClientConfig, adapter?: TransportAdapter): IamClient => {
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
  // The per-service form: the bundle carries IAM's rule set only, not STS's and Cognito's. The resolver
  // treats an `undefined` option as absent (the cast is for exactOptionalPropertyTypes only).
  const resolved = resolveServiceEndpoint(iamEndpointRules, {
    region,
    endpoint,
    allowInsecureHttp,
    useFips,
    useDualStack,
  } as ResolveServiceEndpointOptions);
  if (!customSigner && !credentials) throw new IamConfigError('createIamClient: `credentials` is required');
  const positive = (name: string, value: unknown) => {
    if (value !== undefined && !(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
      throw new IamConfigError(`createIamClient: \`${name}\` must be a positive number`);
    }
  };
  positive('maxResponseBytes', maxResponseBytes);
  positive('totalTimeout', totalTimeout);
  if (timeout !== false) positive('timeout', timeout);
  const signer: IamRequestSigner =
    customSigner ??
    createSigner({
      credentials: credentials!,
      region: resolved.signingRegion,
      service: resolved.signingName,
    });
  const retryOptions: IamRetryOptions = typeof retry === 'number' ? { maxAttempts: retry } : (retry ?? {});
  const maxAttempts = retryOptions.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new IamConfigError('createIamClient: `retry.maxAttempts` must be an integer ≥ 1');
  }
  const wait = retryOptions.sleep ?? defaultSleep;
  let offset = 0;
  const transport = adapter?.(fetch, !!kyOptions.hooks?.afterResponse?.length);
  // Signs every attempt with a fresh date. Registered once on the instance, after the caller's own
  // hooks, and fed the body through ky's per-request `context`: per-call hooks and headers would be
  // deep-merged by ky on every request, which costs more than the signature. The content type is set
  // here too rather than as an instance header, which ky would also merge into every request.
  const sign: BeforeRequestHook = async (request, options) => {
    request.headers.set('content-type', CONTENT_TYPE);
    const signed = await signer.sign(
      {
        method: 'POST',
        url: request.url,
        headers: { 'content-type': CONTENT_TYPE },
        body: options.context.body as string,
      },
      { signingDate: new Date(clock().getTime() + offset) },
    );
    for (const name in signed.headers) request.headers.set(name, signed.headers[name]!);
  };
  const http = ky.create({
    ...kyOptions,
    ...(fetch ? { fetch } : {}),
    hooks: { ...kyOptions.hooks, beforeRequest: [...(kyOptions.hooks?.beforeRequest ?? []), sign] },
    timeout,
    retry: 0,
    throwHttpErrors: false,
  });

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
    // Causes are the signals' reasons or the raw transport error, never ky's errors: those carry the
    // signed Request, whose headers include the session token.
    const stopped = () =>
      totalSignal?.aborted
        ? new IamTimeoutError('total', total!, { cause: totalSignal.reason })
        : new IamAbortError(`${operation.name} aborted`, { cause: signal?.reason });
    let skewRetried = false;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw stopped();
      let failure: Error & { retryable?: boolean; code?: string };
      try {
        const response = await http.post(resolved.url, {
          ...(transport ? transport.options(body) : { body }),
          context: { body },
          ...(signal ? { signal } : {}),
        });
        const text = await (transport?.read ?? readBody)(response, maxResponseBytes);
        if (response.ok) return parseQueryResponse(text, operation);
        failure = toServiceError(operation.name, response, text);
        if (!skewRetried && CLOCK_SKEW_CODES.has(failure.code!) && learnSkew(response)) {
          // Re-signing with the corrected clock is a repair, not a retry: it does not use up an attempt.
          skewRetried = true;
          attempt--;
          continue;
        }
      } catch (error) {
        if (signal?.aborted) throw stopped();
        const name = (error as Error).name;
        if (name === 'TimeoutError') failure = new IamTimeoutError('attempt', Number(timeout));
        else if (name === 'NetworkError' || error instanceof TypeError) {
          failure = new IamNetworkError(`${operation.name}: network error: ${(error as Error).message}`, {
            cause: name === 'NetworkError' ? (error as Error).cause : error,
          });
        } else throw error;
      }
      if (!failure.retryable || attempt >= maxAttempts) throw failure;
      try {
        await wait(backoffDelay(attempt - 1, failure.code, retryOptions), signal ?? NEVER_ABORTED);
      } catch {
        throw stopped();
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
