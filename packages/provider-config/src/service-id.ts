import { cognitoIdpEndpointRules } from './cognito-idp-endpoint-rules.js';
import { describeValue } from './describe-value.js';
import type { EndpointRules } from './endpoint-rules.js';
import { InvalidConnectionError } from './errors/invalid-connection-error.js';
import { iamEndpointRules } from './iam-endpoint-rules.js';
import { stsEndpointRules } from './sts-endpoint-rules.js';

/**
 * The AWS services this package resolves endpoints for.
 *
 * @example
 * ```ts
 * const service: ServiceId = 'cognito-idp';
 * ```
 */
export type ServiceId = 'iam' | 'cognito-idp' | 'sts';

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
