import type { AwsCredentialsProvider } from '../credentials/AwsCredentialsProvider.js';
import {
  type AwsCredentials,
  type AwsCredentialsInput,
  createCredentials,
} from '../credentials/createCredentials.js';
import { memoizeProvider } from '../credentials/memoizeProvider.js';
import { CredentialsError, isCredentialsError } from '../errors/CredentialsError.js';
import { containerConfigured, fromContainer } from './fromContainer.js';
import { ENV_SOURCE, readEnvCredentials } from './fromEnv.js';
import { fromInstanceMetadata, instanceMetadataDisabled } from './fromInstanceMetadata.js';
import { type ProfileOptions, resolveSelectedProfile } from './fromProfile.js';
import { fromWebIdentity, webIdentityConfigured } from './fromWebIdentity.js';
import { nodeIo } from './nodeIo.js';
import { readProfiles } from './readProfiles.js';

/**
 * Options of {@link defaultCredentials}.
 *
 * @example
 * ```ts
 * await defaultCredentials({ profile: 'ci', roleAssumer });
 * ```
 */
export interface DefaultCredentialsOptions extends ProfileOptions {
  /** Static credentials; when given, nothing else is consulted. */
  credentials?: AwsCredentialsInput;
}

/**
 * The default chain, in the order of the AWS SDK for JavaScript v3: static credentials if given; the
 * environment, unless a profile is chosen explicitly (option or `AWS_PROFILE`); the shared files'
 * profile (static keys, roles, `credential_process`; SSO profiles are refused, SSO is not supported);
 * web identity (`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`); the container endpoint when its
 * variables are set; else the instance metadata service (unless `AWS_EC2_METADATA_DISABLED=true`). A
 * source that is configured but broken stops the chain with its error rather than silently using another
 * identity. Resolves once per call; {@link defaultCredentialsProvider} remembers and refreshes. Node only.
 *
 * @throws CredentialsError listing every source tried when none has credentials.
 * @example
 * ```ts
 * import { defaultCredentials } from '@iamkit/provider-config/node';
 * const credentials = await defaultCredentials(); // env, then ~/.aws/credentials [default], ...
 * ```
 */
export async function defaultCredentials(options: DefaultCredentialsOptions = {}): Promise<AwsCredentials> {
  if (options.credentials) return createCredentials(options.credentials);
  const io = nodeIo(options);
  const { env } = io;
  const tried: string[] = [];
  if ((options.profile ?? env.AWS_PROFILE) === undefined) {
    const fromEnvironment = readEnvCredentials(env);
    if (fromEnvironment) return fromEnvironment;
    tried.push(ENV_SOURCE);
  }
  const shared = await readProfiles(options);
  const fromFiles = await resolveSelectedProfile(shared, options);
  if (fromFiles) return fromFiles;
  tried.push(
    `profile '${shared.profile}' in ${shared.credentialsFile}`,
    `profile '${shared.profile}' in ${shared.configFile}`,
  );
  if (webIdentityConfigured(env)) return fromWebIdentity(options)();
  tried.push('web identity (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN)');
  if (containerConfigured(env)) return fromContainer({ ...io, ...options.container })();
  tried.push(
    'container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, AWS_CONTAINER_CREDENTIALS_FULL_URI)',
  );
  if (instanceMetadataDisabled(env)) {
    tried.push('instance metadata (disabled by AWS_EC2_METADATA_DISABLED)');
  } else {
    try {
      return await fromInstanceMetadata({ ...io, ...options.instanceMetadata })();
    } catch (error) {
      // Off EC2 the metadata service is simply absent: one more source tried, not a broken one.
      if (!isCredentialsError(error)) throw error;
      tried.push(error.message);
    }
  }
  throw new CredentialsError(tried.join('; '), `No AWS credentials found; tried ${tried.join('; ')}`);
}

/**
 * {@link defaultCredentials} as a provider: resolved on first use, again 5 minutes before the
 * credentials expire (the whole chain), one resolution shared by concurrent callers. Node only.
 *
 * @example
 * ```ts
 * import { defaultCredentialsProvider } from '@iamkit/provider-config/node';
 * const credentials = defaultCredentialsProvider({ roleAssumer }); // hand it to a client
 * ```
 */
export function defaultCredentialsProvider(options: DefaultCredentialsOptions = {}): AwsCredentialsProvider {
  return memoizeProvider(() => defaultCredentials(options), { clock: nodeIo(options).clock });
}
