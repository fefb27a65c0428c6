import { type ClientConfigWithCredentials, createServiceClient } from '@iamkit/runtime';
import type { StsEndpointOptions } from './StsEndpointOptions.js';
import { splitStsConfig } from './splitStsConfig.js';
import type { StsClient } from './stsSpec.js';

/**
 * Configuration of {@link createStsClient}: plain options, a platform connection (whose
 * `connection_config.roleArn` is assumed with the connection's key) or a resolved connection. Outside
 * Node, credentials (or a `signer`) are required.
 */
export type StsClientConfig = ClientConfigWithCredentials & StsEndpointOptions;

/**
 * Creates a AWS STS client on the global `fetch`, on the regional endpoint of `region` unless
 * `useGlobalEndpoint`. Under Node the package's `node` entry gives the same function with the
 * `node:http` transport and default credentials.
 *
 * @example
 * ```ts
 * const client = createStsClient({ region: 'eu-west-1', credentials });
 * const { Account } = await getCallerIdentity(client);
 * ```
 */
export const createStsClient = (config: StsClientConfig): StsClient => {
  const [spec, rest] = splitStsConfig(config);
  return createServiceClient(spec, rest);
};
