import { callRoleAssumer } from '../credentials/callRoleAssumer.js';
import type { AwsCredentials } from '../credentials/createCredentials.js';
import type { RoleAssumer } from '../credentials/RoleAssumer.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import type { NodeCredentialIo } from './nodeIo.js';

/** What a web identity role assumption needs, from options, the environment or a profile. */
export interface TokenFileRole {
  roleArn: string;
  tokenFile: string;
  roleSessionName?: string | undefined;
  durationSeconds?: number | undefined;
  policy?: string | undefined;
  region?: string | undefined;
}

/**
 * Reads the token file now (Kubernetes rotates it) and assumes the role with it through `roleAssumer`:
 * the web identity step of {@link fromWebIdentity} and of profiles with `web_identity_token_file`.
 *
 * @example
 * ```ts
 * await assumeRoleWithTokenFile({ roleArn, tokenFile }, nodeIo({}), roleAssumer, 'web identity');
 * ```
 */
export async function assumeRoleWithTokenFile(
  role: TokenFileRole,
  io: Required<NodeCredentialIo>,
  roleAssumer: RoleAssumer | undefined,
  source: string,
): Promise<AwsCredentials> {
  const webIdentityToken = await io.readFile(role.tokenFile);
  if (webIdentityToken === undefined)
    throw new CredentialsError(source, `${source}: the token file does not exist`);
  if (webIdentityToken.trim() === '')
    throw new CredentialsError(source, `${source}: the token file is empty`);
  return callRoleAssumer(
    roleAssumer,
    'assumeRoleWithWebIdentity',
    {
      roleArn: role.roleArn,
      roleSessionName: role.roleSessionName || `iamkit-${io.clock().getTime()}`,
      webIdentityToken,
      durationSeconds: role.durationSeconds,
      policy: role.policy,
      region: role.region,
    },
    source,
  );
}
