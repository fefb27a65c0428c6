import { iamRuleSet, iamSigningName } from './generated/iamRuleSet.js';
import type { EndpointRules } from './types.js';

/**
 * IAM's endpoint rules, for {@link resolveServiceEndpoint}: an IAM-only bundle carries no other rule set.
 *
 * @example
 * ```ts
 * resolveServiceEndpoint(iamEndpointRules, { region: 'cn-north-1' }).url; // 'https://iam.cn-north-1.amazonaws.com.cn'
 * ```
 */
export const iamEndpointRules: EndpointRules = {
  service: 'iam',
  ruleSet: iamRuleSet,
  signingName: iamSigningName,
};
