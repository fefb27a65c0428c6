import type { AwsCredentials } from '../credentials/createCredentials.js';
import { fromProfile } from './fromProfile.js';
import type { SharedFilesOptions } from './readProfiles.js';

/**
 * Credentials from a profile of the shared AWS files (`AWS_PROFILE`, `AWS_SHARED_CREDENTIALS_FILE`,
 * `AWS_CONFIG_FILE`), read once: {@link fromProfile} without the role assumer, so static keys and
 * `credential_process`. For roles and refreshes, use `fromProfile`. Node only.
 *
 * @throws CredentialsError naming the profile and files tried, never a secret.
 * @example
 * ```ts
 * import { fromSharedFiles } from '@iamkit/provider-config/node';
 * const credentials = await fromSharedFiles({ profile: 'dev' });
 * ```
 */
export async function fromSharedFiles(options: SharedFilesOptions = {}): Promise<AwsCredentials> {
  return fromProfile(options)();
}
