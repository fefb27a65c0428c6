import { assertServiceAvailable } from './assert-service-available.js';
import type { EndpointRules } from './endpoint-rules.js';
import { cognitoIdpRuleSet } from './generated/cognito-idp-rule-set.js';
import { serviceAvailability } from './generated/service-availability.js';
import { parseApiSubdomain } from './parse-api-subdomain.js';

/**
 * Cognito user pools' endpoint rules and the regions it is offered in, for {@link resolveServiceEndpoint}.
 *
 * @example
 * ```ts
 * resolveServiceEndpoint(cognitoIdpEndpointRules, { apiSubdomain: 'idp.us-east-2' }).signingRegion; // 'us-east-2'
 * ```
 */
export const cognitoIdpEndpointRules: EndpointRules = {
  service: 'cognito-idp',
  ruleSet: cognitoIdpRuleSet,
  parseApiSubdomain,
  assertAvailable: (region, partition) =>
    assertServiceAvailable(serviceAvailability, 'cognito-idp', region, partition),
};
