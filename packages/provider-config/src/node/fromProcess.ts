import type { AwsCredentialsProvider } from '../credentials/AwsCredentialsProvider.js';
import { memoizeProvider } from '../credentials/memoizeProvider.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { nodeIo } from './nodeIo.js';
import { readProfiles, type SharedFilesOptions } from './readProfiles.js';
import { runCredentialProcess } from './runCredentialProcess.js';

/**
 * Options of {@link fromProcess}.
 *
 * @example
 * ```ts
 * fromProcess({ profile: 'vault', timeoutMs: 10_000 });
 * ```
 */
export interface ProcessOptions extends SharedFilesOptions {
  /** How long the command may run. Default: 30000. */
  timeoutMs?: number;
}

/**
 * Credentials from the `credential_process` of a profile (`AWS_PROFILE`, else `default`): the command
 * runs without a shell (split into words as botocore does) and prints Version 1 JSON (`AccessKeyId`,
 * `SecretAccessKey`, optional `SessionToken` and `Expiration`). Run again 5 minutes before `Expiration`;
 * concurrent callers share one run. Node only.
 *
 * @throws CredentialsError naming the profile and file, never the command's output.
 * @example
 * ```ts
 * import { fromProcess } from '@iamkit/provider-config/node';
 * const credentials = fromProcess({ profile: 'vault' });
 * ```
 */
export function fromProcess(options: ProcessOptions = {}): AwsCredentialsProvider {
  return memoizeProvider(
    async () => {
      const { profiles, profile, configFile, credentialsFile } = await readProfiles(options);
      const setting = profiles.get(profile)?.get('credential_process');
      if (!setting) {
        const source = `profile '${profile}' in ${configFile} or ${credentialsFile}`;
        throw new CredentialsError(source, `${source}: no credential_process`);
      }
      return runCredentialProcess(
        setting.value,
        `profile '${profile}' in ${setting.file}`,
        options.timeoutMs ?? 30_000,
      );
    },
    { clock: nodeIo(options).clock },
  );
}
