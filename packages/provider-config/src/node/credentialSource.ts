import type { AwsCredentials } from '../credentials/createCredentials.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { type ContainerOptions, fromContainer } from './fromContainer.js';
import { ENV_SOURCE, readEnvCredentials } from './fromEnv.js';
import { fromInstanceMetadata, type InstanceMetadataOptions } from './fromInstanceMetadata.js';
import type { NodeCredentialIo } from './nodeIo.js';

/**
 * Settings of the container and instance metadata providers when a profile's `credential_source` or the
 * default chain uses them.
 *
 * @example
 * ```ts
 * await defaultCredentials({ instanceMetadata: { timeoutMs: 2000 } });
 * ```
 */
export interface CredentialSourceOptions {
  container?: Pick<ContainerOptions, 'timeoutMs' | 'maxAttempts'>;
  instanceMetadata?: Pick<InstanceMetadataOptions, 'timeoutMs' | 'maxAttempts' | 'allowImdsV1'>;
}

/**
 * The credentials a profile's `credential_source` names, to sign its `AssumeRole` call: `Environment`,
 * `Ec2InstanceMetadata` or `EcsContainer`, as the AWS CLI reads them.
 *
 * @example
 * ```ts
 * const sourceCredentials = await credentialSource('EcsContainer', "profile 'ci'", nodeIo({}), {});
 * ```
 */
export async function credentialSource(
  name: string,
  where: string,
  io: Required<NodeCredentialIo>,
  options: CredentialSourceOptions,
): Promise<AwsCredentials> {
  switch (name) {
    case 'Environment': {
      const credentials = readEnvCredentials(io.env);
      if (!credentials)
        throw new CredentialsError(where, `${where}: credential_source ${ENV_SOURCE} is not set`);
      return credentials;
    }
    case 'Ec2InstanceMetadata':
      return fromInstanceMetadata({ ...io, ...options.instanceMetadata })();
    case 'EcsContainer':
      return fromContainer({ ...io, ...options.container })();
    default:
      throw new CredentialsError(
        where,
        `${where}: credential_source must be Environment, Ec2InstanceMetadata or EcsContainer`,
      );
  }
}
