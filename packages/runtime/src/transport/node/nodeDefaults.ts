import type { CredentialsProvider } from '@iamkit/signer';
import type { ClientOptions } from '../../client/ClientConfig.js';
import type { ClientDefaults } from '../../client/createServiceClient.js';
import { nodeHttpFetch } from './nodeHttpFetch.js';
import { nodeTransportAdapter } from './nodeTransportAdapter.js';

/**
 * The defaults of a service package's Node entry: the `node:http` transport (unless the config brings its
 * own `fetch`) with its fast path, and the credentials to use when the config gives none (the package's
 * default chain).
 *
 * @example
 * ```ts
 * export const createIamClient = (config: IamNodeClientConfig = {}) =>
 *   createServiceClient(iam, config, nodeDefaults(config, defaultCredentials));
 * ```
 */
export const nodeDefaults = (
  config: Pick<ClientOptions, 'fetch' | 'maxResponseBytes'> | undefined,
  credentials?: CredentialsProvider,
): ClientDefaults => {
  const limit = config?.maxResponseBytes;
  return {
    ...(config?.fetch
      ? {}
      : { fetch: nodeHttpFetch(limit === undefined ? {} : { maxResponseBytes: limit }) }),
    adapter: nodeTransportAdapter,
    ...(credentials ? { credentials } : {}),
  };
};
