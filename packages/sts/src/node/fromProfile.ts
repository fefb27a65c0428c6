import type { AwsCredentialsProvider } from '@iamkit/provider-config';
import { type ProfileOptions, fromProfile as providerConfigProfile } from '@iamkit/provider-config/node';
import { type StsProviderOptions, withStsRoleAssumer } from './withStsRoleAssumer.js';

/**
 * Options of {@link fromProfile}: provider-config's, plus the STS client's.
 *
 * @example
 * ```ts
 * fromProfile({ profile: 'prod-admin', mfa: async (serial) => prompt(`MFA code for ${serial}`) });
 * ```
 */
export interface StsProfileOptions extends Omit<ProfileOptions, 'roleAssumer'>, StsProviderOptions {}

/**
 * A shared-files profile (`AWS_PROFILE`, else `default`) however it gets its credentials, with role
 * profiles (`role_arn` with `source_profile` or `credential_source`, chains of them, `external_id`,
 * `mfa_serial`, `web_identity_token_file`) assumed through this package's STS client. Node only.
 *
 * @throws CredentialsError naming the profile, file and setting at fault, never a secret.
 * @example
 * ```ts
 * import { fromProfile } from '@iamkit/sts';
 * const credentials = fromProfile({ profile: 'cross-account' });
 * ```
 */
export const fromProfile = (options: StsProfileOptions = {}): AwsCredentialsProvider =>
  providerConfigProfile(withStsRoleAssumer(options));
