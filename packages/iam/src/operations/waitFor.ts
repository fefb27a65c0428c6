import type { IamClient } from '../client/IamClientConfig.js';
import { sleep as defaultSleep } from '../client/sleep.js';
import { IamAbortError } from '../errors/IamAbortError.js';
import { isIamServiceError } from '../errors/IamServiceError.js';
import { IamTimeoutError } from '../errors/IamTimeoutError.js';
import type { IamOperationName } from '../generated/iam.operations.js';
import type { IamInput, IamOperation, IamOutput } from './operation.js';

/** Options of a waiter. */
export interface WaiterOptions {
  /** Upper bound on the whole wait in ms; default: the model's delay × maxAttempts (20 s or 40 s for IAM). */
  maxWaitMs?: number;
  /** Delay between polls in ms; default the model's (1 s). */
  delayMs?: number;
  signal?: AbortSignal;
  /** Injectable clock and sleep, for tests. */
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Polls an operation until it succeeds, as AWS's waiters-2.json describes. */
export type IamWaiter<N extends IamOperationName> = ((
  client: IamClient,
  input: IamInput<N>,
  options?: WaiterOptions,
) => Promise<IamOutput<N>>) & { readonly operationName: N; readonly spec: WaiterSpec };

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
 * other error thrown at once. The wait is bounded: `IamTimeoutError` (scope `waiter`) after `maxWaitMs`.
 */
export const waiter = <N extends IamOperationName>(call: IamOperation<N>, spec: WaiterSpec): IamWaiter<N> => {
  const wait = async (client: IamClient, input: IamInput<N>, options: WaiterOptions = {}) => {
    const { delayMs = spec.delayMs, now = Date.now, sleep = defaultSleep } = options;
    const maxWaitMs = options.maxWaitMs ?? spec.delayMs * spec.maxAttempts;
    const deadline = now() + maxWaitMs;
    const signal = options.signal ?? new AbortController().signal;
    const invoke = call as unknown as (c: IamClient, i: unknown, o: object) => Promise<IamOutput<N>>;
    for (;;) {
      if (signal.aborted) throw new IamAbortError('Waiter aborted', { cause: signal.reason });
      const remaining = deadline - now();
      try {
        return await invoke(client, input, { signal, totalTimeout: Math.max(1, remaining) });
      } catch (error) {
        const notYet =
          isIamServiceError(error) &&
          (spec.retryCodes?.includes(error.code) || spec.retryStatuses?.includes(error.statusCode));
        if (!notYet && !(error instanceof Error && error.name === 'IamTimeoutError' && now() >= deadline))
          throw error;
        if (now() + delayMs >= deadline) throw new IamTimeoutError('waiter', maxWaitMs, { cause: error });
      }
      try {
        await sleep(delayMs, signal);
      } catch (error) {
        throw new IamAbortError('Waiter aborted', { cause: error });
      }
    }
  };
  return Object.assign(wait, { operationName: call.operationName, spec });
};
