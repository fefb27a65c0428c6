import {
  type AwsCredentials,
  type AwsCredentialsInput,
  createCredentials,
} from '../credentials/createCredentials.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { ENV_SOURCE, readEnvCredentials } from './fromEnv.js';
import { readSharedCredentials, type SharedFilesOptions, sharedFileLocations } from './fromSharedFiles.js';
import { nodeIo } from './nodeIo.js';

/**
 * Options of {@link defaultCredentials}.
 *
 * @example
 * ```ts
 * await defaultCredentials({ profile: 'ci' });
 * ```
 */
export interface DefaultCredentialsOptions extends SharedFilesOptions {
  /** Static credentials; when given, nothing else is consulted. */
  credentials?: AwsCredentialsInput;
}

/**
 * The default chain: static credentials if given; else the environment, unless a profile is chosen
 * explicitly (option or `AWS_PROFILE`, as the AWS SDKs do); else the shared files' profile. A source that
 * is present but malformed stops the chain with its error rather than silently using another identity.
 * Node only.
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
  const { env } = nodeIo(options);
  const tried: string[] = [];
  const explicitProfile = options.profile ?? env.AWS_PROFILE;
  if (explicitProfile === undefined) {
    const fromEnvironment = readEnvCredentials(env);
    if (fromEnvironment) return fromEnvironment;
    tried.push(ENV_SOURCE);
  }
  const fromFiles = await readSharedCredentials(options);
  if (fromFiles) return fromFiles;
  const { profile, credentialsFile, configFile } = sharedFileLocations(options);
  tried.push(`profile '${profile}' in ${credentialsFile}`, `profile '${profile}' in ${configFile}`);
  throw new CredentialsError(tried.join('; '), `No AWS credentials found; tried ${tried.join('; ')}`);
}
