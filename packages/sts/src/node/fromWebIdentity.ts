import type { AwsCredentialsProvider } from '@iamkit/provider-config';
import {
  fromWebIdentity as providerConfigWebIdentity,
  type WebIdentityOptions,
} from '@iamkit/provider-config/node';
import { type StsProviderOptions, withStsRoleAssumer } from './withStsRoleAssumer.js';

/**
 * Options of {@link fromWebIdentity}: provider-config's, plus the STS client's.
 *
 * @example
 * ```ts
 * fromWebIdentity({ roleSessionName: 'billing-worker', sts: { region: 'eu-west-1' } });
 * ```
 */
export interface StsWebIdentityOptions extends Omit<WebIdentityOptions, 'roleAssumer'>, StsProviderOptions {}

/**
 * EKS IAM roles for service accounts: assumes `AWS_ROLE_ARN` with the token in
 * `AWS_WEB_IDENTITY_TOKEN_FILE` (read again at each refresh) through this package's STS client, as
 * `AWS_ROLE_SESSION_NAME`. Concurrent callers share one call; refreshed 5 minutes before expiry. Node only.
 *
 * @throws CredentialsError naming the variable, file or role at fault, never the token.
 * @example
 * ```ts
 * import { createIamClient } from '@iamkit/iam';
 * import { fromWebIdentity } from '@iamkit/sts';
 * const iam = createIamClient({ region: 'eu-west-1', credentials: fromWebIdentity() });
 * ```
 */
export const fromWebIdentity = (options: StsWebIdentityOptions = {}): AwsCredentialsProvider =>
  providerConfigWebIdentity(withStsRoleAssumer(options));
