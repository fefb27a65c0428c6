import { type AwsCredentials, createCredentials } from '../credentials/createCredentials.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { type NodeCredentialIo, nodeIo } from './nodeIo.js';

export const ENV_SOURCE = 'environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)';

/**
 * Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and optionally `AWS_SESSION_TOKEN`, or
 * `undefined` when neither key variable is set. Half a pair is malformed, not absent.
 */
export function readEnvCredentials(
  env: Readonly<Record<string, string | undefined>>,
): AwsCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId && !secretAccessKey) return undefined;
  return createCredentials(
    {
      accessKeyId: accessKeyId ?? '',
      secretAccessKey: secretAccessKey ?? '',
      sessionToken: env.AWS_SESSION_TOKEN,
    },
    ENV_SOURCE,
    {
      accessKeyId: 'AWS_ACCESS_KEY_ID',
      secretAccessKey: 'AWS_SECRET_ACCESS_KEY',
      sessionToken: 'AWS_SESSION_TOKEN',
    },
  );
}

/**
 * Credentials from the environment. Node only.
 *
 * @throws CredentialsError naming the variables when they are unset or malformed.
 * @example
 * ```ts
 * import { fromEnv } from '@iamkit/provider-config/node';
 * const credentials = await fromEnv();
 * ```
 */
export async function fromEnv(io: Pick<NodeCredentialIo, 'env'> = {}): Promise<AwsCredentials> {
  const credentials = readEnvCredentials(nodeIo(io).env);
  if (!credentials) throw new CredentialsError(ENV_SOURCE, `${ENV_SOURCE}: not set`);
  return credentials;
}
