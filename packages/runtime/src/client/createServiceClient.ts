import type { EndpointRules } from '@iamkit/provider-config';
import { type CredentialsProvider, createSigner } from '@iamkit/signer';
import ky, { type BeforeRequestHook } from 'ky';
import { AwsAbortError } from '../errors/AwsAbortError.js';
import { AwsConfigError } from '../errors/AwsConfigError.js';
import { AwsError, isAwsError } from '../errors/AwsError.js';
import { AwsTimeoutError } from '../errors/AwsTimeoutError.js';
import type { Protocol } from '../protocols/Protocol.js';
import { backoffDelay } from '../retry/backoff.js';
import { CLOCK_SKEW_CODES } from '../retry/retryableCodes.js';
import type { OperationSchema, ServiceDescriptor } from '../schema.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readBody } from '../transport/readBody.js';
import { sleep as defaultSleep } from '../transport/sleep.js';
import type { TransportAdapter } from '../transport/TransportAdapter.js';
import type { CallOptions, ClientConfig, ClientRetryOptions, RequestSigner } from './ClientConfig.js';
import { checkOptions, checkTimeout } from './checkOptions.js';
import { networkError } from './networkError.js';
import { resolveTarget } from './resolveTarget.js';
import type { ServiceClient } from './ServiceClient.js';
import { signRequest } from './signRequest.js';
import { toServiceError } from './toServiceError.js';
import { wrapError } from './wrapError.js';

/** A service as a client needs it: the generated descriptor, its endpoint rules and its protocol. */
export interface ServiceSpec<Id extends string = string> {
  readonly service: ServiceDescriptor & { readonly id: Id };
  readonly protocol: Protocol;
  readonly endpointRules: EndpointRules;
}

/** What a service package's entry supplies where the config is silent (the Node entries: transport, credentials). */
export interface ClientDefaults {
  readonly credentials?: CredentialsProvider;
  readonly fetch?: typeof globalThis.fetch;
  /** The fast path of a transport that has one (the Node `node:http` transport). */
  readonly adapter?: TransportAdapter;
}

/** What one attempt hands the signing hook through ky's `context`. */
interface AttemptContext {
  body: string;
  headers: Readonly<Record<string, string>>;
  unsigned: boolean;
  signal: AbortSignal;
}

const SKEW_THRESHOLD_MS = 5 * 60 * 1000;
const ATTEMPT_TIMED_OUT = 'attempt timeout';

/**
 * Creates a client of one service from its spec and a config (plain options, a platform connection, or a
 * connection resolved by `resolveConnection`). The endpoint is resolved once, here.
 *
 * Retries run in our own loop around ky (ky's `retry` is 0): AWS signals throttling with HTTP 400 and a
 * code in the body, which ky's status-based retry cannot see, and a clock-skew re-sign must not use up an
 * attempt. Each attempt is a fresh ky request signed with a fresh date; its timeout covers signing (a
 * credentials provider that never answers), the request and the whole body.
 *
 * @example
 * ```ts
 * const iam = { service, protocol: queryProtocol, endpointRules: iamEndpointRules };
 * const client = createServiceClient(iam, { region: 'eu-west-1', credentials });
 * ```
 */
export const createServiceClient = <Id extends string>(
  spec: ServiceSpec<Id>,
  config: ClientConfig,
  defaults: ClientDefaults = {},
): ServiceClient<Id> => buildServiceClient(spec, config, defaults, createSigner);

/**
 * {@link createServiceClient} without the SigV4 signer, for clients that only call operations the model
 * marks `auth: none` (Cognito's sign-in from a browser): a bundle of it carries no signer code. Credentials
 * are refused at creation; a custom `signer` is still used.
 *
 * @example
 * ```ts
 * const client = createUnsignedServiceClient(cognito, { region: 'eu-west-1' });
 * ```
 */
export const createUnsignedServiceClient = <Id extends string>(
  spec: ServiceSpec<Id>,
  config: ClientConfig,
  defaults: ClientDefaults = {},
): ServiceClient<Id> => buildServiceClient(spec, config, defaults);

const buildServiceClient = <Id extends string>(
  spec: ServiceSpec<Id>,
  config: ClientConfig,
  defaults: ClientDefaults,
  newSigner?: typeof createSigner,
): ServiceClient<Id> => {
  const { service, protocol } = spec;
  if (config === null || typeof config !== 'object') {
    throw new AwsConfigError(`create ${service.name} client: the config must be an object`);
  }
  const target = resolveTarget(spec.endpointRules, config);
  const {
    credentials: _credentials,
    signer: customSigner,
    fetch = defaults.fetch,
    clock = () => new Date(),
    retry,
    timeout = 30_000,
    totalTimeout,
    signal: clientSignal,
    maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
    ...rest
  } = config as ClientConfig & { credentials?: unknown };
  const kyOptions = checkOptions(rest, { timeout, totalTimeout, maxResponseBytes });
  const credentials = target.credentials ?? defaults.credentials;
  let signer: RequestSigner | undefined = customSigner;
  if (!signer && credentials) {
    if (!newSigner) {
      throw new AwsConfigError(
        `create ${service.name} client: this client sends unsigned operations only; credentials need the signing client`,
      );
    }
    try {
      signer = newSigner({ credentials, region: target.signingRegion, service: target.signingName });
    } catch (error) {
      throw wrapError(error, 'credentials');
    }
  }
  const retryOptions: ClientRetryOptions = typeof retry === 'number' ? { maxAttempts: retry } : (retry ?? {});
  const maxAttempts = retryOptions.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new AwsConfigError('`retry.maxAttempts` must be an integer ≥ 1');
  }
  const wait = retryOptions.sleep ?? defaultSleep;
  let offset = 0;
  const transport = defaults.adapter?.(fetch, !!kyOptions.hooks?.afterResponse?.length);

  const signingDate = () => {
    const now = clock();
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      throw new AwsConfigError('`clock` must return a valid Date');
    }
    return new Date(now.getTime() + offset);
  };
  // Registered once on the instance, after the caller's own hooks, and fed through ky's per-request
  // `context`: per-call hooks and headers would be deep-merged by ky on every request.
  const sign: BeforeRequestHook = async (request, options) => {
    const attempt = options.context as unknown as AttemptContext;
    for (const name in attempt.headers) request.headers.set(name, attempt.headers[name]!);
    if (attempt.unsigned) return;
    const signed = await signRequest(
      signer!,
      { method: 'POST', url: request.url, headers: { ...attempt.headers }, body: attempt.body },
      signingDate,
      attempt.signal,
    );
    for (const name in signed) request.headers.set(name, signed[name]!);
  };
  const http = ky.create({
    ...kyOptions,
    ...(fetch ? { fetch } : {}),
    hooks: { ...kyOptions.hooks, beforeRequest: [...(kyOptions.hooks?.beforeRequest ?? []), sign] },
    timeout: false,
    retry: 0,
    throwHttpErrors: false,
    redirect: 'manual',
  });

  /** Learns the offset from the response `Date`; true when it was far enough off to explain the error. */
  const learnSkew = (response: Response): boolean => {
    const server = Date.parse(response.headers.get('date') ?? '');
    const diff = server - (clock().getTime() + offset);
    if (!(Math.abs(diff) > SKEW_THRESHOLD_MS)) return false;
    offset += diff;
    return true;
  };

  const invoke = async (operation: OperationSchema, input: object | undefined, options: CallOptions = {}) => {
    const label = `${service.name} ${operation.name}`;
    const unsigned = operation.auth === 'none';
    if (!unsigned && !signer) {
      throw new AwsConfigError(`${label}: no credentials; pass \`credentials\` (or a \`signer\`)`);
    }
    const total = options.totalTimeout ?? totalTimeout;
    if (options.totalTimeout !== undefined) checkTimeout('totalTimeout', options.totalTimeout);
    const { body, headers } = protocol.serialize(service, operation, input);
    const totalSignal = total === undefined ? undefined : AbortSignal.timeout(total);
    const signals = [clientSignal, options.signal, totalSignal].filter((s): s is AbortSignal => !!s);
    // AbortSignal.any is costly on the hot path: only combine when there is something to combine.
    const callSignal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    // Causes are the signals' reasons or the raw transport error, never ky's errors: those carry the
    // signed Request, whose headers include the session token.
    const stopped = () =>
      totalSignal?.aborted
        ? new AwsTimeoutError('total', total!, { cause: totalSignal.reason })
        : new AwsAbortError(`${label} aborted`, { cause: callSignal?.reason });
    let skewRetried = false;
    for (let attempt = 1; ; attempt++) {
      if (callSignal?.aborted) throw stopped();
      const controller = new AbortController();
      const timer =
        timeout === false ? undefined : setTimeout(() => controller.abort(ATTEMPT_TIMED_OUT), timeout);
      const signal = callSignal ? AbortSignal.any([callSignal, controller.signal]) : controller.signal;
      let failure: AwsError & { retryable?: boolean; code?: string };
      try {
        const context: AttemptContext = { body, headers, unsigned, signal };
        const response = await http.post(target.url, {
          ...(transport ? transport.options(body, signal) : { body, signal }),
          context: context as unknown as Record<string, unknown>,
        });
        const text = await (transport?.read ?? readBody)(response, maxResponseBytes);
        if (response.ok) return protocol.parse(operation, text);
        const serviceError = toServiceError(protocol, service.name, operation.name, response, text);
        Object.assign(serviceError, { attempts: attempt });
        failure = serviceError;
        if (!skewRetried && CLOCK_SKEW_CODES.has(serviceError.code) && learnSkew(response)) {
          // Re-signing with the corrected clock is a repair, not a retry: it does not use up an attempt.
          skewRetried = true;
          attempt--;
          continue;
        }
      } catch (error) {
        if (callSignal?.aborted) throw stopped();
        if (controller.signal.aborted) failure = new AwsTimeoutError('attempt', Number(timeout));
        else if (isAwsError(error)) throw error;
        else if (error instanceof TypeError || (error as Error)?.name === 'NetworkError') {
          failure = networkError(label, target.url, error as Error);
        } else
          throw new AwsError(`${label} failed (${(error as Error)?.name}); see \`cause\``, { cause: error });
      } finally {
        clearTimeout(timer);
      }
      if (!failure.retryable || attempt >= maxAttempts) throw failure;
      try {
        // A signal of its own per wait: many calls backing off at once must not pile listeners on one
        // shared signal (Node warns past 10).
        const waitSignal = callSignal ? AbortSignal.any([callSignal]) : new AbortController().signal;
        await wait(backoffDelay(attempt - 1, failure.code, retryOptions), waitSignal);
      } catch {
        throw stopped();
      }
    }
  };

  return {
    serviceId: service.id,
    endpoint: target.url,
    signingRegion: target.signingRegion,
    get clockOffsetMs() {
      return offset;
    },
    invoke,
  };
};
