// Readers of one profile's settings, shared by the role, web identity and static-key steps of fromProfile.
import { type AwsCredentials, createCredentials } from '../credentials/createCredentials.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import type { NodeCredentialIo } from './nodeIo.js';
import type { ProfileSettings } from './readProfiles.js';

/** The static keys of a profile, validated, naming the file that holds them. */
export function staticKeys(name: string, settings: ProfileSettings): AwsCredentials {
  const keyFile = settings.get('aws_secret_access_key')?.file ?? settings.get('aws_access_key_id')?.file;
  return createCredentials(
    {
      accessKeyId: settings.get('aws_access_key_id')?.value ?? '',
      secretAccessKey: settings.get('aws_secret_access_key')?.value ?? '',
      sessionToken: settings.get('aws_session_token')?.value,
    },
    `profile '${name}' in ${keyFile}`,
    {
      accessKeyId: 'aws_access_key_id',
      secretAccessKey: 'aws_secret_access_key',
      sessionToken: 'aws_session_token',
    },
  );
}

/** Asks the `mfa` callback for the code of `mfa_serial`; a missing callback or a malformed code is a typed error. */
export async function mfaCode(
  serialNumber: string,
  where: string,
  mfa: ((serialNumber: string) => Promise<string>) | undefined,
): Promise<string> {
  if (typeof mfa !== 'function') {
    throw new CredentialsError(
      where,
      `${where} sets mfa_serial: pass an \`mfa\` callback that returns the code`,
    );
  }
  const code = await mfa(serialNumber);
  // Never quoted: a mistyped code is still a code.
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
    throw new CredentialsError(
      where,
      `${where}: the mfa callback returned something other than a 6-digit code`,
    );
  }
  return code;
}

/** `duration_seconds`, checked against STS's range (900-43200). */
export function durationOf(settings: ProfileSettings, where: string): number | undefined {
  const text = settings.get('duration_seconds')?.value;
  if (text === undefined) return undefined;
  const seconds = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= 900 && seconds <= 43_200)) {
    throw new CredentialsError(where, `${where}: duration_seconds must be a whole number from 900 to 43200`);
  }
  return seconds;
}

/** The region for STS: the profile's `region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`. */
export function regionOf(settings: ProfileSettings, io: Required<NodeCredentialIo>): string | undefined {
  return settings.get('region')?.value ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
}

/** The files a profile's settings come from, for messages. */
export function filesOf(settings: ProfileSettings): string {
  return [...new Set([...settings.values()].map((setting) => setting.file))].join(' and ');
}
