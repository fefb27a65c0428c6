import type { AwsCredentialsInput, RoleAssumer } from '@iamkit/provider-config';
import { AwsParseError, type ClientOptions, createServiceClient } from '@iamkit/runtime';
import type { components } from '../generated/sts.js';
import { assumeRole, assumeRoleWithWebIdentity } from '../generated/sts.operations.functions.js';
import { stsSpecFor } from '../stsSpecFor.js';

/**
 * Options of {@link stsRoleAssumer}: how its STS clients reach STS. Any client option except `signer`
 * (each call signs with the credentials it is given).
 *
 * @example
 * ```ts
 * stsRoleAssumer({ region: 'eu-west-1', timeout: 2_000 });
 * ```
 */
export interface StsRoleAssumerOptions extends Omit<ClientOptions, 'signer'> {
  /** The region when the call names none (a profile's `region`, `AWS_REGION`). Default: `us-east-1`. */
  region?: string;
  /** Endpoint override (an emulator, a VPC endpoint of STS). */
  endpoint?: string;
  /** The global `https://sts.amazonaws.com` for the regions that had it, instead of regional STS. */
  useGlobalEndpoint?: boolean;
}

/** Per attempt; STS answers in well under a second, and a provider must not hold a request for long. */
const ATTEMPT_TIMEOUT_MS = 5_000;
/** For the whole call, retries and backoff included. */
const TOTAL_TIMEOUT_MS = 15_000;
const DEFAULT_REGION = 'us-east-1';

type StsCredentials = components['schemas']['Credentials'];

/**
 * The `RoleAssumer` that `@iamkit/provider-config`'s role profiles and `fromWebIdentity` need, on this
 * package's STS client: each call makes a client for its region, signed with the call's source
 * credentials (`AssumeRoleWithWebIdentity` is unsigned). Calls time out (5 s per attempt, 15 s in all,
 * unless `timeout` / `totalTimeout` say otherwise), so an STS that never answers fails the provider
 * rather than holding it. An answer without complete credentials is an `AwsParseError`.
 *
 * @example
 * ```ts
 * import { fromProfile } from '@iamkit/provider-config/node';
 * const credentials = fromProfile({ profile: 'cross-account', roleAssumer: stsRoleAssumer() });
 * ```
 */
export const stsRoleAssumer = (options: StsRoleAssumerOptions = {}): RoleAssumer => {
  const { region: defaultRegion, useGlobalEndpoint, ...clientOptions } = options;
  const clientFor = (region: string | undefined, credentials?: AwsCredentialsInput) =>
    createServiceClient(stsSpecFor(useGlobalEndpoint), {
      timeout: ATTEMPT_TIMEOUT_MS,
      totalTimeout: TOTAL_TIMEOUT_MS,
      ...clientOptions,
      region: region || defaultRegion || DEFAULT_REGION,
      ...(credentials ? { credentials } : {}),
    });
  return {
    async assumeRole({ sourceCredentials, region, ...params }) {
      const answer = await assumeRole(clientFor(region, sourceCredentials), {
        RoleArn: params.roleArn,
        RoleSessionName: params.roleSessionName,
        ExternalId: params.externalId,
        DurationSeconds: params.durationSeconds,
        Policy: params.policy,
        SerialNumber: params.serialNumber,
        TokenCode: params.tokenCode,
      } as Parameters<typeof assumeRole>[1]);
      return credentialsOf(answer.Credentials, 'AssumeRole');
    },
    async assumeRoleWithWebIdentity({ region, ...params }) {
      const answer = await assumeRoleWithWebIdentity(clientFor(region), {
        RoleArn: params.roleArn,
        RoleSessionName: params.roleSessionName,
        WebIdentityToken: params.webIdentityToken,
        DurationSeconds: params.durationSeconds,
        Policy: params.policy,
      } as Parameters<typeof assumeRoleWithWebIdentity>[1]);
      return credentialsOf(answer.Credentials, 'AssumeRoleWithWebIdentity');
    },
  };
};

// Temporary credentials without an expiration could never be refreshed: refused like a garbled answer.
const credentialsOf = (credentials: StsCredentials | undefined, action: string): AwsCredentialsInput => {
  const expiration = credentials?.Expiration;
  if (!credentials?.AccessKeyId || !(expiration instanceof Date) || Number.isNaN(expiration.getTime())) {
    throw new AwsParseError(`STS ${action} answered without credentials and their expiration`);
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    sessionToken: credentials.SessionToken,
    expiration,
  };
};
