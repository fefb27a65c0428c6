import { applyApiSubdomain } from './apply-api-subdomain.js';
import { assertServiceAvailable } from './assert-service-available.js';
import type { EndpointRules } from './endpoint-rules.js';
import { cognitoIdpRuleSet, cognitoIdpSigningName } from './generated/cognito-idp-rule-set.js';
import { knownRegions, serviceAvailability } from './generated/service-availability.js';

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
  signingName: cognitoIdpSigningName,
  applyApiSubdomain,
  assertAvailable: (region, partition) =>
    assertServiceAvailable(serviceAvailability, knownRegions, 'cognito-idp', region, partition),
};
