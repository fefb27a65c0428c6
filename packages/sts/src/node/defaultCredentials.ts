import { type AwsCredentials, type AwsCredentialsProvider, memoizeProvider } from '@iamkit/provider-config';
import {
  type DefaultCredentialsOptions,
  defaultCredentials as providerConfigChain,
} from '@iamkit/provider-config/node';
import { type StsProviderOptions, withStsRoleAssumer } from './withStsRoleAssumer.js';

/**
 * Options of {@link defaultCredentials}: provider-config's, plus the STS client's.
 *
 * @example
 * ```ts
 * await defaultCredentials({ profile: 'prod', mfa: async () => prompt('MFA code') });
 * ```
 */
export interface StsDefaultCredentialsOptions
  extends Omit<DefaultCredentialsOptions, 'roleAssumer'>,
    StsProviderOptions {}

/**
 * `@iamkit/provider-config`'s default chain (environment, shared-files profile, web identity, container,
 * instance metadata: the AWS SDKs' order) with this package's STS client doing the role assumptions, so
 * profiles with `role_arn` and EKS web identity work. What the Node clients of `@iamkit/iam`,
 * `@iamkit/cognito` and `@iamkit/sts` use when given no credentials. Resolves once per call. Node only.
 *
 * @throws CredentialsError naming the source at fault, or listing every source tried.
 * @example
 * ```ts
 * import { defaultCredentials } from '@iamkit/sts';
 * const { accessKeyId, expiration } = await defaultCredentials();
 * ```
 */
export const defaultCredentials = (options: StsDefaultCredentialsOptions = {}): Promise<AwsCredentials> =>
  providerConfigChain(withStsRoleAssumer(options));

/**
 * {@link defaultCredentials} as a provider: resolved on first use, again 5 minutes before the credentials
 * expire, one resolution shared by concurrent callers. Node only.
 *
 * @example
 * ```ts
 * const credentials = defaultCredentialsProvider({ profile: 'audit' }); // hand it to a client
 * ```
 */
export const defaultCredentialsProvider = (
  options: StsDefaultCredentialsOptions = {},
): AwsCredentialsProvider => {
  const chain = withStsRoleAssumer(options);
  return memoizeProvider(() => providerConfigChain(chain), options.clock ? { clock: options.clock } : {});
};
