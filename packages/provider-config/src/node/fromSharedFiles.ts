import type { AwsCredentials } from '../credentials/createCredentials.js';
import { fromProfile, type ProfileOptions } from './fromProfile.js';

/**
 * Credentials from a profile of the shared AWS files (`AWS_PROFILE`, `AWS_SHARED_CREDENTIALS_FILE`,
 * `AWS_CONFIG_FILE`), resolved once: {@link fromProfile}'s first answer, as a promise (roles need its
 * `roleAssumer` option). For refreshes, use `fromProfile`. Node only.
 *
 * @throws CredentialsError naming the profile and files tried, never a secret.
 * @example
 * ```ts
 * import { fromSharedFiles } from '@iamkit/provider-config/node';
 * const credentials = await fromSharedFiles({ profile: 'dev' });
 * ```
 */
export async function fromSharedFiles(options: ProfileOptions = {}): Promise<AwsCredentials> {
  return fromProfile(options)();
}
