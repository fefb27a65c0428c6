import type { EndpointRules } from './endpoint-rules.js';
import { stsRuleSet, stsSigningName } from './generated/sts-rule-set.js';

/**
 * STS's endpoint rules, for {@link resolveServiceEndpoint}.
 *
 * @example
 * ```ts
 * resolveServiceEndpoint(stsEndpointRules, { region: 'eu-west-1' }).url; // 'https://sts.eu-west-1.amazonaws.com'
 * ```
 */
export const stsEndpointRules: EndpointRules = {
  service: 'sts',
  ruleSet: stsRuleSet,
  signingName: stsSigningName,
};
