import { stsRuleSet, stsSigningName } from './generated/stsRuleSet.js';
import type { EndpointRules } from './types.js';

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
