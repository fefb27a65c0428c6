import { CredentialsError } from '../errors/CredentialsError.js';
import { expandHome, type NodeCredentialIo, nodeIo } from './nodeIo.js';
import { parseIni } from './parseIni.js';

/** One setting of a profile and the file it came from (for messages). */
export interface ProfileSetting {
  value: string;
  file: string;
}

/** A profile's settings by lowercase key, from both shared files. */
export type ProfileSettings = ReadonlyMap<string, ProfileSetting>;

/**
 * Options of {@link fromSharedFiles} and the other profile-reading providers.
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

/** The shared files read once: every profile, which one is selected, and where the files are. */
export interface SharedProfiles {
  profiles: ReadonlyMap<string, ProfileSettings>;
  profile: string;
  credentialsFile: string;
  configFile: string;
}

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
 * Reads every profile of the shared `config` file (`[profile name]`, or `[default]`) and `credentials`
 * file (`[name]`); for a profile in both, keys in `credentials` win. Missing files are empty.
 *
 * @throws CredentialsError naming the file and line numbers (never a line's text) when a file is malformed.
 * @example
 * ```ts
 * const { profiles, profile } = await readProfiles({ profile: 'dev' });
 * profiles.get(profile)?.get('role_arn')?.value;
 * ```
 */
export async function readProfiles(options: SharedFilesOptions = {}): Promise<SharedProfiles> {
  const { readFile } = nodeIo(options);
  const locations = sharedFileLocations(options);
  const profiles = new Map<string, Map<string, ProfileSetting>>();
  const profileOf: [string, (section: string) => string | undefined][] = [
    [
      locations.configFile,
      (section) => (section === 'default' ? section : /^profile (.+)$/.exec(section)?.[1]),
    ],
    [locations.credentialsFile, (section) => section],
  ];
  for (const [file, nameOf] of profileOf) {
    const text = await readFile(file);
    if (text === undefined) continue;
    const { sections, problems } = parseIni(text);
    if (problems.length > 0) {
      const lines = problems.map((problem) => `line ${problem.line}: ${problem.reason}`).join('; ');
      throw new CredentialsError(file, `${file} is malformed (${lines})`);
    }
    for (const [section, settings] of sections) {
      const name = nameOf(section);
      if (name === undefined) continue;
      const profile = profiles.get(name) ?? new Map();
      profiles.set(name, profile);
      for (const [key, value] of settings) profile.set(key, { value, file });
    }
  }
  return { profiles, ...locations };
}
