import type { Caller } from '../iam/ActionContext.js';
import type { IamRole, State } from '../store/State.js';
import type { ConditionContext } from './matchCondition.js';
import { matchCondition } from './matchCondition.js';
import { matchWildcard } from './matchWildcard.js';
import { parsePolicyDocument } from './parsePolicyDocument.js';

/**
 * What a role's trust policy says about a caller assuming it: `direct` when a statement names the
 * caller itself (or `*`), `account` when it names the caller's account (the caller's own
 * policies must then allow `sts:AssumeRole` too), `deny` or `none`.
 */
export type TrustDecision = 'direct' | 'account' | 'deny' | 'none';

const awsPrincipals = (principal: unknown): string[] => {
  if (principal === '*') return ['*'];
  if (typeof principal !== 'object' || principal === null) return [];
  const aws = (principal as Record<string, unknown>).AWS;
  return (Array.isArray(aws) ? aws : aws === undefined ? [] : [aws]).map(String);
};

/** The ARNs by which a trust policy can name the caller. */
const callerNames = (state: State, caller: Caller): string[] => {
  if (caller.kind === 'role' && caller.roleName !== undefined) {
    const role = state.roles[caller.roleName];
    return [caller.arn, ...(role ? [`arn:aws:iam::${state.accountId}:role${role.path}${role.name}`] : [])];
  }
  return [caller.arn];
};

/** Evaluates `role`'s trust policy for `sts:AssumeRole` by `caller`. */
export function trustDecision(
  state: State,
  role: IamRole,
  caller: Caller,
  context: ConditionContext,
): TrustDecision {
  const account = state.accountId;
  const accountNames = [account, `arn:aws:iam::${account}:root`];
  const names = callerNames(state, caller);
  let decision: TrustDecision = 'none';
  for (const statement of parsePolicyDocument(role.trustPolicy, 'trust')) {
    const actionMatches = statement.action
      ? statement.action.some((pattern) => matchWildcard(pattern, 'sts:AssumeRole', true))
      : !(statement.notAction ?? []).some((pattern) => matchWildcard(pattern, 'sts:AssumeRole', true));
    if (!actionMatches) continue;
    if (statement.condition !== undefined && !matchCondition(statement.condition, context)) continue;
    const principals = awsPrincipals(statement.principal);
    const direct = principals.some((p) => p === '*' || names.includes(p));
    const viaAccount = principals.some((p) => accountNames.includes(p));
    if (!direct && !viaAccount) continue;
    if (statement.effect === 'Deny') return 'deny';
    if (direct || caller.kind === 'root') decision = 'direct';
    else if (decision === 'none') decision = 'account';
  }
  return decision;
}
