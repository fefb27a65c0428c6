import type { AwsCredentialsInput } from '@iamkit/provider-config';
import { AwsConfigError, type ClientConfig } from '@iamkit/runtime';
import { fromAssumeRole } from './fromAssumeRole.js';
import type { StsRoleAssumerOptions } from './stsRoleAssumer.js';

/**
 * What {@link withConnectionRole} adds to a client config: the options of the STS client that assumes
 * the connection's role (an `endpoint` for an emulator, timeouts). Not taken from `connection_config`,
 * which, like every stored connection setting, may not move requests to another host.
 */
export interface ConnectionRoleOptions {
  sts?: StsRoleAssumerOptions;
}

type Platform = { username?: string; password?: string; sessionToken?: string };

/** The connection's key as AWS credentials: the platform's `username` / `password`, or AWS's names. */
const connectionKey = (credentials: ClientConfig['credentials']): AwsCredentialsInput => {
  if (!credentials || typeof credentials !== 'object') {
    throw new AwsConfigError('connection_config.roleArn needs the connection key in `credentials`');
  }
  if (!('username' in credentials || 'password' in credentials)) return credentials as AwsCredentialsInput;
  const { username, password, sessionToken } = credentials as Platform;
  return { accessKeyId: username!, secretAccessKey: password!, sessionToken };
};

const setting = (value: unknown, name: string): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new AwsConfigError(`connection_config.${name} must be a string`);
  return value;
};

/**
 * A platform connection that names a role (`connection_config.roleArn`, optionally `externalId`), as
 * integration platforms connect to a customer's account: the connection's key then only signs
 * `AssumeRole`, and the client signs with the role's credentials ({@link fromAssumeRole}: assumed on
 * first use, again before they expire). Any other config is returned as is. The clients of
 * `@iamkit/sts`, and the Node entries of `@iamkit/iam` and `@iamkit/cognito`, apply it themselves;
 * elsewhere wrap the config (the runtime refuses a `roleArn` it was not given the means to assume).
 *
 * @example
 * ```ts
 * const iam = createIamClient(withConnectionRole({
 *   credentials: { username: accessKeyId, password: secretAccessKey },
 *   connection_config: { region: 'eu-west-1', roleArn: 'arn:aws:iam::210987654321:role/partner', externalId },
 * }));
 * ```
 */
export const withConnectionRole = <Config extends ClientConfig & ConnectionRoleOptions>(
  config: Config,
): Omit<Config, 'sts'> => {
  if (config === null || typeof config !== 'object') return config;
  const { sts, ...rest } = config;
  const connection = config.connection_config;
  if (!connection) return rest;
  const { roleArn, externalId, ...connectionConfig } = connection;
  const role = setting(roleArn, 'roleArn');
  const external = setting(externalId, 'externalId');
  if (!role) {
    if (external) throw new AwsConfigError('connection_config.externalId is set without a roleArn');
    return { ...rest, connection_config: connectionConfig };
  }
  const region = setting(connectionConfig.region, 'region');
  return {
    ...rest,
    connection_config: connectionConfig,
    credentials: fromAssumeRole({
      roleArn: role,
      ...(external ? { externalId: external } : {}),
      ...(region ? { region } : {}),
      sourceCredentials: connectionKey(config.credentials),
      sts: {
        ...(config.fetch ? { fetch: config.fetch } : {}),
        ...(config.clock ? { clock: config.clock } : {}),
        ...sts,
      },
      ...(config.clock ? { clock: config.clock } : {}),
    }),
  };
};
