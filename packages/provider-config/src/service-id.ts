import { describeValue } from './describe-value.js';
import { InvalidConnectionError } from './errors/invalid-connection-error.js';
import { cognitoIdpRuleSet } from './generated/cognito-idp-rule-set.js';
import { iamRuleSet } from './generated/iam-rule-set.js';
import { stsRuleSet } from './generated/sts-rule-set.js';
import type { RuleSet } from './rules/rule-set.js';

/**
 * The AWS services this package resolves endpoints for.
 *
 * @example
 * ```ts
 * const service: ServiceId = 'cognito-idp';
 * ```
 */
export type ServiceId = 'iam' | 'cognito-idp' | 'sts';

const RULE_SETS: Readonly<Record<ServiceId, RuleSet>> = {
  iam: iamRuleSet,
  'cognito-idp': cognitoIdpRuleSet,
  sts: stsRuleSet,
};

/** The generated rule set of a service, or an InvalidConnectionError for anything else. */
export function ruleSetFor(service: unknown): RuleSet {
  if (typeof service === 'string' && Object.hasOwn(RULE_SETS, service))
    return RULE_SETS[service as ServiceId];
  throw new InvalidConnectionError(
    'service',
    `service ${describeValue(service)} is not one of ${Object.keys(RULE_SETS).join(', ')}`,
  );
}
