import type { AwsWaiter, LoadedService } from './awsModel.js';
import { CodegenError } from './CodegenError.js';
import { clientModule } from './clientModule.js';
import { operationFunctionName, waiterName } from './clientNames.js';
import { quote } from './identifiers.js';
import type { ServiceConfig } from './services.js';

/**
 * The spec literal of one waiter. The runtime implements "success on 2xx, poll again on these codes or
 * statuses, fail on anything else"; an acceptor outside that (path matchers, failure states) is refused.
 */
const specLiteral = (name: string, w: AwsWaiter): string => {
  const retryCodes: string[] = [];
  const retryStatuses: number[] = [];
  for (const a of w.acceptors) {
    if (a.state === 'success' && a.matcher === 'status' && a.expected === 200) continue;
    if (a.state === 'retry' && a.matcher === 'error' && typeof a.expected === 'string') {
      retryCodes.push(a.expected);
    } else if (a.state === 'retry' && a.matcher === 'status' && typeof a.expected === 'number') {
      retryStatuses.push(a.expected);
    } else {
      throw new CodegenError(`waiter ${name}: acceptor ${JSON.stringify(a)} is not supported by the runtime`);
    }
  }
  const parts = [`delayMs: ${w.delay * 1000}`, `maxAttempts: ${w.maxAttempts}`];
  if (retryCodes.length) parts.push(`retryCodes: [${retryCodes.map(quote).join(', ')}]`);
  if (retryStatuses.length) parts.push(`retryStatuses: [${retryStatuses.join(', ')}]`);
  return `{ ${parts.join(', ')} }`;
};

/**
 * One export per waiter in `waiters-2.json`, named `waitUntil` + waiter, built from its operation's
 * function and the model's delay, attempts and acceptors.
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/iam.waiters.ts', toWaiters(loaded, iamConfig));
 * ```
 */
export const toWaiters = (loaded: LoadedService, config: ServiceConfig): string => {
  const { model, waiters } = loaded;
  const names = Object.keys(waiters.waiters).sort();
  const lines = names.map((name) => {
    const w = waiters.waiters[name]!;
    if (!model.operations[w.operation]) {
      throw new CodegenError(`waiter ${name} names no operation of the model (${w.operation})`);
    }
    return `export const ${waiterName(name)} = /* @__PURE__ */ waiter(${operationFunctionName(w.operation)}, ${specLiteral(name, w)});`;
  });
  const functions = [
    ...new Set(names.map((n) => operationFunctionName(waiters.waiters[n]!.operation))),
  ].sort();
  const what = `Waiters of ${model.metadata.serviceId} (botocore waiters-2.json).`;
  const module = 'operations.functions';
  return clientModule(loaded, config, { what, factory: 'waiter', names: functions, module, body: lines });
};
