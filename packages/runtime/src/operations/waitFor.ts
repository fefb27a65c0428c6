import type { ServiceClient } from '../client/ServiceClient.js';
import { AwsAbortError } from '../errors/AwsAbortError.js';
import { isAwsServiceError } from '../errors/AwsServiceError.js';
import { AwsTimeoutError, isAwsTimeoutError } from '../errors/AwsTimeoutError.js';
import { sleep as defaultSleep } from '../transport/sleep.js';
import type { Operation, OperationTypes } from './operation.js';

/** Options of a waiter. */
export interface WaiterOptions {
  /** Upper bound on the whole wait in ms; default: the model's delay × maxAttempts. */
  maxWaitMs?: number;
  /** Delay between polls in ms; default the model's (1 s). */
  delayMs?: number;
  signal?: AbortSignal;
  /** Injectable clock and sleep, for tests. */
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Polls an operation until it succeeds, as AWS's waiters-2.json describes. */
export type Waiter<T extends OperationTypes, Id extends string> = ((
  client: ServiceClient<Id>,
  input: T['input'],
  options?: WaiterOptions,
) => Promise<T['output']>) & { readonly operationName: string; readonly spec: WaiterSpec };

/** The acceptor facts of one waiter: poll delay and attempts, and which failures mean "not yet". */
export interface WaiterSpec {
  delayMs: number;
  maxAttempts: number;
  /** Error codes that mean "retry" (AWS's `matcher: error`). */
  retryCodes?: readonly string[];
  /** HTTP statuses that mean "retry" (AWS's `matcher: status`). */
  retryStatuses?: readonly number[];
}

/**
 * Builds a waiter: success on a 2xx answer, another poll on the "not yet" codes or statuses, and any
 * other error thrown at once. The wait is bounded: `AwsTimeoutError` (scope `waiter`) after `maxWaitMs`.
 *
 * @example
 * ```ts
 * export const waitUntilUserExists = waiter(getUser, { delayMs: 1000, maxAttempts: 20, retryCodes: ['NoSuchEntity'] });
 * ```
 */
export const waiter = <T extends OperationTypes, Id extends string>(
  call: Operation<T, Id>,
  spec: WaiterSpec,
): Waiter<T, Id> => {
  const wait = async (client: ServiceClient<Id>, input: T['input'], options: WaiterOptions = {}) => {
    const { delayMs = spec.delayMs, now = Date.now, sleep = defaultSleep } = options;
    const maxWaitMs = options.maxWaitMs ?? spec.delayMs * spec.maxAttempts;
    const deadline = now() + maxWaitMs;
    const signal = options.signal ?? new AbortController().signal;
    const invoke = call as unknown as (c: ServiceClient<Id>, i: unknown, o: object) => Promise<T['output']>;
    for (;;) {
      if (signal.aborted) throw new AwsAbortError('Waiter aborted', { cause: signal.reason });
      const remaining = deadline - now();
      try {
        return await invoke(client, input, {
          signal,
          totalTimeout: Math.min(Math.max(1, remaining), 2 ** 31 - 1),
        });
      } catch (error) {
        const notYet =
          isAwsServiceError(error) &&
          (spec.retryCodes?.includes(error.code) || spec.retryStatuses?.includes(error.statusCode));
        if (!notYet && !(isAwsTimeoutError(error) && now() >= deadline)) throw error;
        if (now() + delayMs >= deadline) throw new AwsTimeoutError('waiter', maxWaitMs, { cause: error });
      }
      try {
        await sleep(delayMs, signal);
      } catch (error) {
        throw new AwsAbortError('Waiter aborted', { cause: error });
      }
    }
  };
  return Object.assign(wait, { operationName: call.operationName, spec });
};
