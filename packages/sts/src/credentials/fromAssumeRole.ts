import {
  type AwsCredentialsInput,
  type AwsCredentialsProvider,
  CredentialsError,
  callRoleAssumer,
  createCredentials,
  type MemoizeOptions,
  memoizeProvider,
  type RoleAssumer,
} from '@iamkit/provider-config';
import { type StsRoleAssumerOptions, stsRoleAssumer } from './stsRoleAssumer.js';

/**
 * Options of {@link fromAssumeRole}.
 *
 * @example
 * ```ts
 * fromAssumeRole({ roleArn, externalId: 'tenant-42', sourceCredentials: { accessKeyId, secretAccessKey } });
 * ```
 */
export interface AssumeRoleOptions extends MemoizeOptions {
  roleArn: string;
  /** Default: `iamkit-<epoch ms>`. */
  roleSessionName?: string;
  /** The third-party check a role's trust policy may ask for (`sts:ExternalId`). */
  externalId?: string;
  /** 900 to 43200; STS's default (3600) when absent. */
  durationSeconds?: number;
  /** A session policy (JSON) that narrows the role's permissions. */
  policy?: string;
  /** The MFA device the trust policy requires (`aws:MultiFactorAuthPresent`); asks `mfa` for its code. */
  serialNumber?: string;
  /** Returns the device's current 6-digit code; called at each refresh. */
  mfa?: (serialNumber: string) => Promise<string>;
  /** What signs the `AssumeRole` call: keys, or a provider (another role, for chains). */
  sourceCredentials: AwsCredentialsInput | (() => Promise<AwsCredentialsInput>);
  /** The STS region. Default: `sts.region`, else `us-east-1`. */
  region?: string;
  /** The STS client's options (endpoint, timeouts, `fetch`), when `roleAssumer` is not given. */
  sts?: StsRoleAssumerOptions;
  /** Makes the call. Default: {@link stsRoleAssumer} with `sts`. */
  roleAssumer?: RoleAssumer;
}

/**
 * Credentials of a role, assumed with `sourceCredentials`: cross-account access, third parties with an
 * external ID, MFA-protected roles, chains (a `sourceCredentials` that is itself `fromAssumeRole`). The
 * first call assumes the role; concurrent callers share that call; the role is assumed again 5 minutes
 * before the credentials expire. Works in every runtime (browsers included).
 *
 * @throws CredentialsError naming the role (`assume role arn:...: AssumeRole failed (AwsServiceError
 * AccessDenied)`), the STS error as `cause`; never a secret.
 * @example
 * ```ts
 * import { createIamClient } from '@iamkit/iam';
 * import { fromAssumeRole } from '@iamkit/sts';
 * const credentials = fromAssumeRole({ roleArn: 'arn:aws:iam::210987654321:role/audit', externalId, sourceCredentials });
 * const iam = createIamClient({ region: 'eu-west-1', credentials });
 * ```
 */
export const fromAssumeRole = (options: AssumeRoleOptions): AwsCredentialsProvider => {
  const { roleArn, serialNumber, mfa, sourceCredentials } = options;
  const source = `assume role ${typeof roleArn === 'string' ? roleArn : '(no roleArn)'}`;
  const roleAssumer = options.roleAssumer ?? stsRoleAssumer(options.sts);
  const clock = options.clock ?? (() => new Date());
  return memoizeProvider(async () => {
    if (typeof roleArn !== 'string' || roleArn === '') {
      throw new CredentialsError(source, `${source}: roleArn must be a non-empty string`);
    }
    const signing = createCredentials(
      typeof sourceCredentials === 'function' ? await sourceCredentials() : sourceCredentials,
      `${source}: sourceCredentials`,
    );
    return callRoleAssumer(
      roleAssumer,
      'assumeRole',
      {
        roleArn,
        roleSessionName: options.roleSessionName || `iamkit-${clock().getTime()}`,
        externalId: options.externalId,
        durationSeconds: options.durationSeconds,
        policy: options.policy,
        region: options.region,
        sourceCredentials: signing,
        ...(serialNumber === undefined ? {} : { serialNumber, tokenCode: await codeOf(serialNumber) }),
      },
      source,
    );
  }, options);

  async function codeOf(device: string): Promise<string> {
    if (typeof mfa !== 'function') {
      throw new CredentialsError(source, `${source}: serialNumber needs an \`mfa\` callback for its code`);
    }
    const code = await mfa(device);
    // Not quoted, even when wrong: it is a one-time secret.
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
      throw new CredentialsError(source, `${source}: mfa did not return a 6-digit code`);
    }
    return code;
  }
};
