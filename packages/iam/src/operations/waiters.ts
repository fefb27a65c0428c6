/**
 * IAM's four waiters (botocore `waiters-2.json`): `waitUntil` plus the waiter name. Each polls until the
 * resource exists and gives up after a bounded total wait (`maxWaitMs`). `test/modelFacts.test.ts` checks
 * every spec against the OpenAPI `x-aws-waiters` facts.
 *
 * @example
 * ```ts
 * await createRole(client, { RoleName: 'r', AssumeRolePolicyDocument: doc });
 * await waitUntilRoleExists(client, { RoleName: 'r' }, { maxWaitMs: 30_000 });
 * ```
 */
import * as ops from './operations.js';
import { waiter } from './waitFor.js';

export const waitUntilInstanceProfileExists = /* @__PURE__ */ waiter(ops.getInstanceProfile, {
  delayMs: 1000,
  maxAttempts: 40,
  retryStatuses: [404],
});
export const waitUntilPolicyExists = /* @__PURE__ */ waiter(ops.getPolicy, {
  delayMs: 1000,
  maxAttempts: 20,
  retryCodes: ['NoSuchEntity'],
});
export const waitUntilRoleExists = /* @__PURE__ */ waiter(ops.getRole, {
  delayMs: 1000,
  maxAttempts: 20,
  retryCodes: ['NoSuchEntity'],
});
export const waitUntilUserExists = /* @__PURE__ */ waiter(ops.getUser, {
  delayMs: 1000,
  maxAttempts: 20,
  retryCodes: ['NoSuchEntity'],
});
