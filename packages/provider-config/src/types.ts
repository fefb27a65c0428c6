// The types several modules share, kept apart so that modules depend on them and never on each other
// for a type (which is what tied endpoint resolution into an import cycle).
import type { CompiledRuleSet } from './rules/CompiledRuleSet.js';

/**
 * The AWS services this package resolves endpoints for.
 *
 * @example
 * ```ts
 * const service: ServiceId = 'cognito-idp';
 * ```
 */
export type ServiceId = 'iam' | 'cognito-idp' | 'sts';

/** What `aws.partition` returns for a region: the partition's outputs from partitions.json. */
export interface PartitionOutputs {
  name: string;
  dnsSuffix: string;
  dualStackDnsSuffix: string;
  implicitGlobalRegion: string;
  supportsFIPS: boolean;
  supportsDualStack: boolean;
}

/** One partition of partitions.json, as the generator writes it. */
export interface PartitionData {
  id: string;
  regionRegex: string;
  /**
   * The regions of partitions.json that must be matched by name: those `regionRegex` would place
   * elsewhere or the region grammar refuses (`aws-global`...). Every other region of the partition is
   * found by its regex, with the same answer.
   */
  namedRegions: readonly string[];
  outputs: PartitionOutputs;
}

/** A region that passed validation, with the partition that claims it. */
export interface ValidatedRegion {
  region: string;
  partition: PartitionData;
}

/**
 * Where to send requests for a service and how to sign them.
 *
 * @example
 * ```ts
 * const { url, signingRegion, signingName } = resolveEndpoint({ service: 'sts', region: 'eu-west-1' });
 * ```
 */
export interface ResolvedEndpoint {
  /** Base URL without a trailing slash, e.g. `https://iam.amazonaws.com`. */
  url: string;
  /** SigV4 region. For IAM this is the partition's global signing region, whatever region was given. */
  signingRegion: string;
  /** SigV4 service name, e.g. `iam`, `cognito-idp`. */
  signingName: string;
  /** AWS partition id, e.g. `aws`, `aws-cn`, `aws-us-gov`. */
  partition: string;
}

/**
 * Options of {@link resolveEndpoint}.
 *
 * @example
 * ```ts
 * const options: ResolveEndpointOptions = { service: 'cognito-idp', region: 'us-gov-west-1', useFips: true };
 * ```
 */
export interface ResolveEndpointOptions {
  service: ServiceId;
  /** Any region of the partition. Optional when `apiSubdomain` names it. */
  region?: string;
  /** Cognito's `idp.REGION`, `cognito-idp.REGION`, `idp-fips.REGION` or `cognito-idp-fips.REGION`. */
  apiSubdomain?: string;
  useFips?: boolean;
  useDualStack?: boolean;
  /** STS only: send legacy-global regions to `sts.amazonaws.com` (AWS's `UseGlobalEndpoint`). */
  useGlobalEndpoint?: boolean;
  /** Explicit override (moto, an emulator, a VPC endpoint): the only way to leave AWS's domains. */
  endpoint?: string;
  /** Accept plain `http://` for non-loopback override hosts. Off by default. */
  allowInsecureHttp?: boolean;
}

/** Options of {@link resolveServiceEndpoint}: those of {@link resolveEndpoint} without `service`. */
export type ResolveServiceEndpointOptions = Omit<ResolveEndpointOptions, 'service'>;

/** How option names appear in messages; resolveConnection prefixes `connection_config.`. */
export interface FieldNames {
  region: string;
  apiSubdomain: string;
}

/** Where `apiSubdomain` leaves the resolution: the region it names (checked) and whether to use FIPS. */
export interface ApiSubdomainTarget {
  target: ValidatedRegion;
  useFips: boolean;
}

/** Reads `apiSubdomain` on top of an already validated region; see `applyApiSubdomain`. */
export type ApplyApiSubdomain = (
  options: ResolveServiceEndpointOptions,
  target: ValidatedRegion | undefined,
  fields: FieldNames,
  service: string,
  useFips: boolean,
) => ApiSubdomainTarget;

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
  readonly applyApiSubdomain?: ApplyApiSubdomain;
  readonly assertAvailable?: (region: string, partition: PartitionData) => void;
}
