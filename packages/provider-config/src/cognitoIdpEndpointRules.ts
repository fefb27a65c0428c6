import { applyApiSubdomain } from './applyApiSubdomain.js';
import { assertServiceAvailable } from './assertServiceAvailable.js';
import { cognitoIdpRuleSet, cognitoIdpSigningName } from './generated/cognitoIdpRuleSet.js';
import { knownRegions, serviceAvailability } from './generated/serviceAvailability.js';
import type { EndpointRules } from './types.js';

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
