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
  /**
   * Per service, per partition id, the regions endpoints.json lists the service in (the generated table);
   * a service absent from it is not checked.
   */
  readonly availability?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}
