import { applyApiSubdomain } from './applyApiSubdomain.js';
import { describeValue } from './describeValue.js';
import { endpointRulesFor } from './endpointRulesFor.js';
import { EndpointResolutionError } from './errors/EndpointResolutionError.js';
import { InvalidConnectionError } from './errors/InvalidConnectionError.js';
import { defaultPartition, findPartition } from './rules/partition.js';
import type {
  ApplyApiSubdomain,
  EndpointRules,
  FieldNames,
  ResolvedEndpoint,
  ResolveEndpointOptions,
  ResolveServiceEndpointOptions,
  ValidatedRegion,
} from './types.js';
import { validateEndpointOverride } from './validateEndpointOverride.js';
import { validateRegion } from './validateRegion.js';

/**
 * Resolves the endpoint URL, signing region and signing name of IAM, Cognito user pools or STS in any AWS
 * partition from AWS's own endpoint rule sets (generated from botocore). Every input is validated before a
 * URL is built; the result's host is always inside the partition's AWS domains unless `endpoint` is given.
 *
 * @example
 * ```ts
 * resolveEndpoint({ service: 'iam', region: 'eu-west-1' });
 * // { url: 'https://iam.amazonaws.com', signingRegion: 'us-east-1', signingName: 'iam', partition: 'aws' }
 * resolveEndpoint({ service: 'cognito-idp', apiSubdomain: 'idp.us-east-2' });
 * // { url: 'https://cognito-idp.us-east-2.amazonaws.com', signingRegion: 'us-east-2', ... }
 * ```
 */
export function resolveEndpoint(options: ResolveEndpointOptions): ResolvedEndpoint {
  return resolveEndpointWithFields(options, { region: 'region', apiSubdomain: 'apiSubdomain' });
}

/**
 * {@link resolveEndpoint} for the service whose rules you pass: the tree-shakeable form. A bundle importing
 * `iamEndpointRules` carries IAM's rule set and the partitions, and no other service's rules. `apiSubdomain`
 * is read with `cognitoIdpEndpointRules` only; other services' rules refuse it (pass `region`).
 *
 * @example
 * ```ts
 * import { iamEndpointRules, resolveServiceEndpoint } from '@iamkit/provider-config';
 * resolveServiceEndpoint(iamEndpointRules, { region: 'us-gov-west-1' });
 * // { url: 'https://iam.us-gov.amazonaws.com', signingRegion: 'us-gov-west-1', signingName: 'iam', partition: 'aws-us-gov' }
 * ```
 */
export function resolveServiceEndpoint(
  rules: EndpointRules,
  options: ResolveServiceEndpointOptions = {},
): ResolvedEndpoint {
  if (rules === null || typeof rules !== 'object' || typeof rules.ruleSet !== 'function') {
    throw new InvalidConnectionError(
      'rules',
      `rules must be endpoint rules such as iamEndpointRules, got ${describeValue(rules)}`,
    );
  }
  assertObject(options);
  return resolveWithRules(
    rules,
    options,
    { region: 'region', apiSubdomain: 'apiSubdomain' },
    rules.applyApiSubdomain,
  );
}

/** {@link resolveEndpoint}, naming options in messages as the caller's input shape does. Internal. */
export function resolveEndpointWithFields(
  options: ResolveEndpointOptions,
  fields: FieldNames,
): ResolvedEndpoint {
  assertObject(options);
  return resolveWithRules(endpointRulesFor(options.service), options, fields, applyApiSubdomain);
}

function assertObject(options: unknown): void {
  if (options === null || typeof options !== 'object') {
    throw new InvalidConnectionError('options', `options must be an object, got ${describeValue(options)}`);
  }
}

function resolveWithRules(
  rules: EndpointRules,
  options: ResolveServiceEndpointOptions,
  fields: FieldNames,
  readApiSubdomain: ApplyApiSubdomain | undefined,
): ResolvedEndpoint {
  const { service, ruleSet } = rules;
  for (const flag of ['useFips', 'useDualStack', 'useGlobalEndpoint', 'allowInsecureHttp'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') {
      throw new InvalidConnectionError(
        flag,
        `${flag} must be a boolean, got ${describeValue(options[flag])}`,
      );
    }
  }
  let useFips = options.useFips ?? false;
  let target: ValidatedRegion | undefined =
    options.region === undefined ? undefined : validateRegion(options.region, fields.region, service);

  if (options.apiSubdomain !== undefined) {
    if (!readApiSubdomain) {
      throw new InvalidConnectionError(
        fields.apiSubdomain,
        `${fields.apiSubdomain} is Cognito's; with ${service}'s rules pass ${fields.region}`,
      );
    }
    ({ target, useFips } = readApiSubdomain(options, target, fields, service, useFips));
  }

  const override =
    options.endpoint === undefined
      ? undefined
      : validateEndpointOverride(options.endpoint, options.allowInsecureHttp === true);
  if (target && override === undefined) rules.assertAvailable?.(target.region, target.partition);

  const parameters = {
    Region: target?.region,
    UseFIPS: useFips,
    UseDualStack: options.useDualStack ?? false,
    UseGlobalEndpoint: options.useGlobalEndpoint,
    Endpoint: override,
  };
  const resolved = ruleSet(parameters);
  // An override changes where requests go, not how they are signed: sign as AWS's own endpoint would
  // (for IAM, the partition's global region). Without a region, as the default partition (us-east-1).
  const signingTarget = override === undefined ? target?.region : (target?.region ?? defaultRegion());
  const signing =
    override === undefined
      ? resolved
      : ruleSet({
          ...parameters,
          Region: signingTarget,
          Endpoint: undefined,
          UseFIPS: false,
          UseDualStack: false,
        });
  const signingRegion = signing.authSchemes[0]?.signingRegion ?? signingTarget;
  if (signingRegion === undefined) throw new EndpointResolutionError('Invalid Configuration: Missing Region');
  const partition = target?.partition ?? findPartition(signingRegion);
  if (override === undefined) assertInsidePartition(resolved.url, target?.partition.outputs);
  return Object.freeze({
    url: override ?? resolved.url,
    signingRegion,
    signingName: signing.authSchemes[0]?.signingName ?? rules.signingName,
    partition: partition?.id ?? 'aws',
  });
}

function defaultRegion(): string | undefined {
  return defaultPartition()?.outputs.implicitGlobalRegion;
}

// Defence in depth behind input validation: a rule set must never send us outside the partition.
function assertInsidePartition(
  url: string,
  outputs: { dnsSuffix: string; dualStackDnsSuffix: string } | undefined,
) {
  const { protocol, hostname, port, pathname, search } = new URL(url);
  const suffixes = outputs ? [outputs.dnsSuffix, outputs.dualStackDnsSuffix] : [];
  const inside = suffixes.some((suffix) => hostname.endsWith(`.${suffix}`));
  if (protocol !== 'https:' || !inside || port || pathname !== '/' || search) {
    throw new EndpointResolutionError(`Resolved endpoint ${url} is outside the partition's AWS domains`);
  }
}
