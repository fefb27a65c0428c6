import type { applyApiSubdomain } from './apply-api-subdomain.js';
import type { PartitionData } from './rules/partition.js';
import type { CompiledRuleSet } from './rules/rule-set.js';
import type { ServiceId } from './service-id.js';

/**
 * What endpoint resolution needs to know about one service: its AWS rule set and, where botocore's
 * endpoints.json lists them, the regions it is offered in. One constant per service (`iamEndpointRules`,
 * `stsEndpointRules`, `cognitoIdpEndpointRules`), so a bundle that imports one carries only its rules.
 *
 * @example
 * ```ts
 * import { iamEndpointRules, resolveServiceEndpoint } from '@iamkit/provider-config';
 * resolveServiceEndpoint(iamEndpointRules, { region: 'eu-west-1' }).url; // 'https://iam.amazonaws.com'
 * ```
 */
export interface EndpointRules {
  readonly service: ServiceId;
  /** AWS's endpoint rule set for the service, compiled to a function of its parameters. */
  readonly ruleSet: CompiledRuleSet;
  /** SigV4 service name (botocore's `signingName`), where the rule set's auth scheme does not name one. */
  readonly signingName: string;
  /**
   * The service's own checks, where it has any (Cognito's): reading `apiSubdomain`, which other services'
   * rules refuse (`resolveEndpoint` by service id reads it for every service), and refusing regions the
   * service is not offered in. Kept on the rules so a bundle without Cognito's rules carries neither.
   */
  readonly applyApiSubdomain?: typeof applyApiSubdomain;
  readonly assertAvailable?: (region: string, partition: PartitionData) => void;
}
