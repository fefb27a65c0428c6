import type { Caller } from '../iam/ActionContext.js';
import { LocalError } from '../server/LocalError.js';
import type { State } from '../store/State.js';
import { callerStatements } from './callerStatements.js';
import { evaluatePolicies } from './evaluatePolicies.js';

/** The request context keys IAM conditions can test. */
export const callerContext = (caller: Caller, extra: Record<string, string> = {}): Map<string, string> =>
  new Map(
    Object.entries({
      'aws:principalarn': caller.arn,
      'aws:userid': caller.userId,
      ...(caller.userName !== undefined ? { 'aws:username': caller.userName } : {}),
      ...extra,
    }).map(([key, value]) => [key.toLowerCase(), value]),
  );

/**
 * Checks that `caller` may perform `action` (`iam:ListUsers`) on `resource`: the account's root
 * may do anything; anyone else needs an identity-based allow and no explicit deny. Throws
 * `AccessDenied` in AWS's words otherwise.
 */
export function authorize(state: State, caller: Caller, action: string, resource: string): void {
  if (caller.kind === 'root') return;
  const decision = evaluatePolicies(callerStatements(state, caller), action, resource, callerContext(caller));
  if (decision === 'Allow') return;
  const reason =
    decision === 'ExplicitDeny'
      ? 'with an explicit deny in an identity-based policy'
      : `because no identity-based policy allows the ${action} action`;
  throw new LocalError(
    'AccessDenied',
    `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${resource} ${reason}`,
    403,
  );
}
