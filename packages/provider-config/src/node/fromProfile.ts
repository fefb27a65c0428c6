import type { AwsCredentialsProvider } from '../credentials/AwsCredentialsProvider.js';
import { callRoleAssumer } from '../credentials/callRoleAssumer.js';
import type { AwsCredentials } from '../credentials/createCredentials.js';
import { memoizeProvider } from '../credentials/memoizeProvider.js';
import type { RoleAssumer } from '../credentials/RoleAssumer.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { assumeRoleWithTokenFile } from './assumeRoleWithTokenFile.js';
import { type CredentialSourceOptions, credentialSource } from './credentialSource.js';
import { type NodeCredentialIo, nodeIo } from './nodeIo.js';
import { durationOf, filesOf, mfaCode, regionOf, staticKeys } from './profileSettings.js';
import {
  type ProfileSettings,
  readProfiles,
  type SharedFilesOptions,
  type SharedProfiles,
} from './readProfiles.js';
import { runCredentialProcess } from './runCredentialProcess.js';

/**
 * Options of {@link fromProfile}.
 *
 * @example
 * ```ts
 * fromProfile({ profile: 'prod-admin', roleAssumer, mfa: async (serial) => prompt(`MFA code for ${serial}`) });
 * ```
 */
export interface ProfileOptions extends SharedFilesOptions, CredentialSourceOptions {
  /** Makes the `AssumeRole` / `AssumeRoleWithWebIdentity` calls of role profiles; `@iamkit/sts` provides one. */
  roleAssumer?: RoleAssumer;
  /** Returns the current code of the MFA device a profile's `mfa_serial` names. */
  mfa?: (serialNumber: string) => Promise<string>;
  /** How long a `credential_process` may run. Default: 30000. */
  processTimeoutMs?: number;
}

// Settings that make a profile a source of credentials; a profile with none of them (only `region`,
// say) is passed over by the default chain.
const CREDENTIAL_KEYS = [
  'aws_access_key_id',
  'aws_secret_access_key',
  'role_arn',
  'credential_process',
  'web_identity_token_file',
  'sso_session',
  'sso_start_url',
];

/**
 * Credentials of a shared-files profile however it gets them, as the AWS CLI reads it: static keys;
 * `role_arn` with `source_profile` (chains of profiles; cycles refused) or `credential_source`
 * (`Environment`, `Ec2InstanceMetadata`, `EcsContainer`), with `external_id`, `mfa_serial`,
 * `role_session_name` and `duration_seconds`; `role_arn` with `web_identity_token_file`; or
 * `credential_process`. Role assumption goes through the injected `roleAssumer`. The files are read
 * again at each refresh; concurrent callers share one. SSO profiles are refused with a typed error.
 * Node only.
 *
 * @throws CredentialsError naming the profile, file and setting at fault, never a secret.
 * @example
 * ```ts
 * import { fromProfile } from '@iamkit/provider-config/node';
 * const credentials = fromProfile({ profile: 'cross-account', roleAssumer });
 * ```
 */
export function fromProfile(options: ProfileOptions = {}): AwsCredentialsProvider {
  return memoizeProvider(
    async () => {
      const shared = await readProfiles(options);
      const credentials = await resolveSelectedProfile(shared, options);
      if (credentials) return credentials;
      const { profile, credentialsFile, configFile } = shared;
      const where = shared.profiles.has(profile)
        ? `profile '${profile}' in ${filesOf(shared.profiles.get(profile)!)}`
        : `profile '${profile}' in ${credentialsFile} or ${configFile}`;
      const why = shared.profiles.has(profile)
        ? 'has no aws_access_key_id / aws_secret_access_key, role_arn or credential_process'
        : 'profile not found';
      throw new CredentialsError(where, `${where}: ${why}`);
    },
    { clock: nodeIo(options).clock },
  );
}

/**
 * The selected profile's credentials, or `undefined` when the files do not have the profile or it sets
 * no credentials at all (the default chain then goes on).
 */
export async function resolveSelectedProfile(
  shared: SharedProfiles,
  options: ProfileOptions,
): Promise<AwsCredentials | undefined> {
  const settings = shared.profiles.get(shared.profile);
  if (!settings || !CREDENTIAL_KEYS.some((key) => settings.has(key))) return undefined;
  return resolveProfile(shared.profile, [], { shared, options, io: nodeIo(options) });
}

interface Context {
  shared: SharedProfiles;
  options: ProfileOptions;
  io: Required<NodeCredentialIo>;
}

async function resolveProfile(name: string, chain: string[], context: Context): Promise<AwsCredentials> {
  const settings = context.shared.profiles.get(name);
  if (!settings) {
    const { configFile, credentialsFile } = context.shared;
    const source = `profile '${chain.at(-1)}'`;
    throw new CredentialsError(
      source,
      `${source}: its source_profile '${name}' is in neither ${configFile} nor ${credentialsFile}`,
    );
  }
  const where = `profile '${name}' in ${filesOf(settings)}`;
  const hasKeys = settings.has('aws_access_key_id') || settings.has('aws_secret_access_key');
  const isRole = settings.has('role_arn');
  // A source profile's keys win over its own role, as in the AWS CLI; the selected profile's role wins.
  if (chain.length > 0 && hasKeys) return staticKeys(name, settings);
  if (isRole && (settings.has('source_profile') || settings.has('credential_source'))) {
    return assumeRole(name, settings, chain, context);
  }
  if (hasKeys) return staticKeys(name, settings);
  if (isRole && settings.has('web_identity_token_file')) {
    return assumeRoleWithTokenFile(
      {
        roleArn: settings.get('role_arn')!.value,
        tokenFile: settings.get('web_identity_token_file')!.value,
        roleSessionName: settings.get('role_session_name')?.value,
        durationSeconds: durationOf(settings, where),
        region: regionOf(settings, context.io),
      },
      context.io,
      context.options.roleAssumer,
      `${where} (web_identity_token_file)`,
    );
  }
  if (settings.has('credential_process')) {
    const setting = settings.get('credential_process')!;
    return runCredentialProcess(
      setting.value,
      `profile '${name}' in ${setting.file}`,
      context.options.processTimeoutMs ?? 30_000,
    );
  }
  const sso = ['sso_session', 'sso_start_url'].find((key) => settings.has(key));
  if (sso) {
    throw new CredentialsError(
      where,
      `${where} uses ${sso} (IAM Identity Center), which this package does not resolve; ` +
        'use credential_process with `aws configure export-credentials --format process`',
    );
  }
  const why = isRole
    ? 'uses role_arn without source_profile, credential_source or web_identity_token_file'
    : 'has no aws_access_key_id / aws_secret_access_key, role_arn or credential_process';
  throw new CredentialsError(where, `${where} ${why}`);
}

async function assumeRole(
  name: string,
  settings: ProfileSettings,
  chain: string[],
  context: Context,
): Promise<AwsCredentials> {
  const where = `profile '${name}' in ${filesOf(settings)}`;
  const value = (key: string) => settings.get(key)?.value;
  const sourceProfile = value('source_profile');
  const sourceName = value('credential_source');
  if (sourceProfile !== undefined && sourceName !== undefined) {
    throw new CredentialsError(where, `${where} sets both source_profile and credential_source; keep one`);
  }
  let sourceCredentials: AwsCredentials;
  if (sourceProfile === undefined) {
    sourceCredentials = await credentialSource(sourceName!, where, context.io, context.options);
  } else if (
    sourceProfile === name &&
    (settings.has('aws_access_key_id') || settings.has('aws_secret_access_key'))
  ) {
    // A profile may sign its own AssumeRole with its own keys, as botocore allows.
    sourceCredentials = staticKeys(name, settings);
  } else if (sourceProfile === name || chain.includes(sourceProfile)) {
    const cycle = [...chain, name, sourceProfile].map((profile) => `'${profile}'`).join(' -> ');
    throw new CredentialsError(where, `${where}: source_profile chain ${cycle} is a cycle`);
  } else {
    sourceCredentials = await resolveProfile(sourceProfile, [...chain, name], context);
  }
  const serialNumber = value('mfa_serial');
  const roleArn = value('role_arn')!;
  return callRoleAssumer(
    context.options.roleAssumer,
    'assumeRole',
    {
      roleArn,
      roleSessionName: value('role_session_name') || `iamkit-${context.io.clock().getTime()}`,
      externalId: value('external_id'),
      durationSeconds: durationOf(settings, where),
      ...(serialNumber === undefined
        ? {}
        : { serialNumber, tokenCode: await mfaCode(serialNumber, where, context.options.mfa) }),
      region: regionOf(settings, context.io),
      sourceCredentials,
    },
    `${where} (role ${roleArn})`,
  );
}
