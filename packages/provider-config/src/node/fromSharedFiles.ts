import { type AwsCredentials, createCredentials } from '../credentials/createCredentials.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { expandHome, type NodeCredentialIo, nodeIo } from './nodeIo.js';
import { parseIni } from './parseIni.js';

/**
 * Options of {@link fromSharedFiles}.
 *
 * @example
 * ```ts
 * await fromSharedFiles({ profile: 'dev', env: { AWS_SHARED_CREDENTIALS_FILE: '/run/secrets/aws' } });
 * ```
 */
export interface SharedFilesOptions extends NodeCredentialIo {
  /** Profile name. Default: `AWS_PROFILE`, else `default`. */
  profile?: string;
}

// Settings that make a profile obtain credentials some other way; we name them instead of guessing.
const UNSUPPORTED = [
  'role_arn',
  'credential_process',
  'sso_session',
  'sso_start_url',
  'web_identity_token_file',
];

/** Where the shared files are and which profile is selected. */
export function sharedFileLocations(options: SharedFilesOptions) {
  const { env, homeDir } = nodeIo(options);
  return {
    profile: options.profile ?? env.AWS_PROFILE ?? 'default',
    credentialsFile: expandHome(env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials', homeDir),
    configFile: expandHome(env.AWS_CONFIG_FILE ?? '~/.aws/config', homeDir),
  };
}

/**
 * Reads the profile from the shared `credentials` file (`[name]` sections) and `config` file
 * (`[profile name]`, or `[default]`); keys in `credentials` win. Resolves `undefined` when neither file
 * has the profile.
 *
 * @throws CredentialsError naming the profile and file when a file or the profile is malformed.
 */
export async function readSharedCredentials(
  options: SharedFilesOptions = {},
): Promise<AwsCredentials | undefined> {
  const { readFile } = nodeIo(options);
  const { profile, credentialsFile, configFile } = sharedFileLocations(options);
  const settings = new Map<string, { value: string; file: string }>();
  const found: string[] = [];
  const sources: [string, string[]][] = [
    [configFile, profile === 'default' ? ['default', 'profile default'] : [`profile ${profile}`]],
    [credentialsFile, [profile]],
  ];
  for (const [file, sectionNames] of sources) {
    const text = await readFile(file);
    if (text === undefined) continue;
    const { sections, problems } = parseIni(text);
    if (problems.length > 0) {
      const lines = problems.map((problem) => `line ${problem.line}: ${problem.reason}`).join('; ');
      throw new CredentialsError(file, `${file} is malformed (${lines})`);
    }
    for (const name of sectionNames) {
      const section = sections.get(name);
      if (!section) continue;
      found.push(file);
      for (const [key, value] of section) settings.set(key, { value, file });
    }
  }
  if (found.length === 0) return undefined;

  const keyFile = settings.get('aws_secret_access_key')?.file ?? settings.get('aws_access_key_id')?.file;
  const source = `profile '${profile}' in ${keyFile ?? [...new Set(found)].join(' and ')}`;
  if (!settings.has('aws_access_key_id') && !settings.has('aws_secret_access_key')) {
    const other = UNSUPPORTED.find((key) => settings.has(key));
    const why = other
      ? `uses ${other}, which this package does not resolve; give the profile static keys`
      : 'has no aws_access_key_id / aws_secret_access_key';
    throw new CredentialsError(source, `${source} ${why}`);
  }
  return createCredentials(
    {
      accessKeyId: settings.get('aws_access_key_id')?.value ?? '',
      secretAccessKey: settings.get('aws_secret_access_key')?.value ?? '',
      sessionToken: settings.get('aws_session_token')?.value,
    },
    source,
    {
      accessKeyId: 'aws_access_key_id',
      secretAccessKey: 'aws_secret_access_key',
      sessionToken: 'aws_session_token',
    },
  );
}

/**
 * Credentials from a profile of the shared AWS files (`AWS_PROFILE`, `AWS_SHARED_CREDENTIALS_FILE`,
 * `AWS_CONFIG_FILE`). Node only.
 *
 * @throws CredentialsError naming the profile and files tried, never a secret.
 * @example
 * ```ts
 * import { fromSharedFiles } from '@iamkit/provider-config/node';
 * const credentials = await fromSharedFiles({ profile: 'dev' });
 * ```
 */
export async function fromSharedFiles(options: SharedFilesOptions = {}): Promise<AwsCredentials> {
  const credentials = await readSharedCredentials(options);
  if (credentials) return credentials;
  const { profile, credentialsFile, configFile } = sharedFileLocations(options);
  const source = `profile '${profile}' in ${credentialsFile} or ${configFile}`;
  throw new CredentialsError(source, `${source}: profile not found`);
}
