import { cognitoIdpEndpointRules } from './cognitoIdpEndpointRules.js';
import { describeValue } from './describeValue.js';
import { InvalidConnectionError } from './errors/InvalidConnectionError.js';
import { iamEndpointRules } from './iamEndpointRules.js';
import { stsEndpointRules } from './stsEndpointRules.js';
import type { EndpointRules, ServiceId } from './types.js';

const RULE_SETS: Readonly<Record<ServiceId, EndpointRules>> = {
  iam: iamEndpointRules,
  'cognito-idp': cognitoIdpEndpointRules,
  sts: stsEndpointRules,
};

/** The endpoint rules of a service named by id, or an InvalidConnectionError for anything else. */
export function endpointRulesFor(service: unknown): EndpointRules {
  if (typeof service === 'string' && Object.hasOwn(RULE_SETS, service))
    return RULE_SETS[service as ServiceId];
  throw new InvalidConnectionError(
    'service',
    `service ${describeValue(service)} is not one of ${Object.keys(RULE_SETS).join(', ')}`,
  );
}
