import { type ConditionContext, matchCondition } from './matchCondition.js';
import { matchWildcard } from './matchWildcard.js';
import type { Statement } from './parsePolicyDocument.js';

/** The outcome of evaluating identity-based policies for one request. */
export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

const anyMatch = (patterns: readonly string[], value: string, ignoreCase: boolean): boolean =>
  patterns.some((pattern) => matchWildcard(pattern, value, ignoreCase));

const applies = (s: Statement, action: string, resource: string, context: ConditionContext): boolean =>
  (s.action ? anyMatch(s.action, action, true) : !anyMatch(s.notAction ?? [], action, true)) &&
  (s.resource ? anyMatch(s.resource, resource, false) : !anyMatch(s.notResource ?? [], resource, false)) &&
  (s.condition === undefined || matchCondition(s.condition, context));

/**
 * IAM's evaluation of identity-based policies: an explicit deny wins over any allow, an allow
 * wins over the implicit deny.
 *
 * @example
 * ```ts
 * evaluatePolicies(statements, 'iam:ListUsers', 'arn:aws:iam::123456789012:user/', new Map()); // 'Allow'
 * ```
 */
export function evaluatePolicies(
  statements: readonly Statement[],
  action: string,
  resource: string,
  context: ConditionContext,
): Decision {
  let allowed = false;
  for (const statement of statements) {
    if (!applies(statement, action, resource, context)) continue;
    if (statement.effect === 'Deny') return 'ExplicitDeny';
    allowed = true;
  }
  return allowed ? 'Allow' : 'ImplicitDeny';
}
