import { CredentialsError } from '../errors/CredentialsError.js';
import { type AwsCredentials, type AwsCredentialsInput, createCredentials } from './createCredentials.js';
import type { RoleAssumer } from './RoleAssumer.js';

const STS_ACTION = { assumeRole: 'AssumeRole', assumeRoleWithWebIdentity: 'AssumeRoleWithWebIdentity' };

/**
 * Calls the injected {@link RoleAssumer} and validates what it returns. Without one, a typed error says
 * which package provides it; its failure becomes a CredentialsError naming `source` (the original as
 * `cause`, its code in the message), since the caller asked for credentials, not for an STS call.
 *
 * @example
 * ```ts
 * await callRoleAssumer(roleAssumer, 'assumeRole', { roleArn, roleSessionName, sourceCredentials }, source);
 * ```
 */
export async function callRoleAssumer<Operation extends keyof RoleAssumer>(
  roleAssumer: RoleAssumer | undefined,
  operation: Operation,
  params: Parameters<RoleAssumer[Operation]>[0],
  source: string,
): Promise<AwsCredentials> {
  const call = roleAssumer?.[operation] as
    | ((params: Parameters<RoleAssumer[Operation]>[0]) => Promise<AwsCredentialsInput>)
    | undefined;
  if (typeof call !== 'function') {
    throw new CredentialsError(
      source,
      `${source}: assuming a role needs an STS client; pass \`roleAssumer\` (@iamkit/sts provides one)`,
    );
  }
  let answer: AwsCredentialsInput;
  try {
    answer = await call.call(roleAssumer, params);
  } catch (error) {
    throw new CredentialsError(source, `${source}: ${STS_ACTION[operation]} failed (${errorCode(error)})`, {
      cause: error,
    });
  }
  return createCredentials(answer, `${source}: ${STS_ACTION[operation]}`);
}

// The error's name and code only: its message is the STS client's to word, and stays in `cause`.
function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[\w.]{1,64}$/.test(code) ? `${error.name} ${code}` : error.name;
}
