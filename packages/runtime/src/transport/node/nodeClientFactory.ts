import type { CredentialsProvider } from '@iamkit/signer';
import type { ClientConfig } from '../../client/ClientConfig.js';
import { createServiceClient, type ServiceSpec } from '../../client/createServiceClient.js';
import type { ServiceClient } from '../../client/ServiceClient.js';
import { nodeDefaults } from './nodeDefaults.js';

/**
 * The `createXClient` of a service package's Node entry: the `node:http` transport (unless the config
 * brings a `fetch`) and, when the config has no credentials, `defaultCredentials` (the package's chain).
 *
 * @example
 * ```ts
 * export const createIamClient = nodeClientFactory(iamSpec, defaultCredentials);
 * const client = createIamClient({ region: 'eu-west-1' });
 * ```
 */
export const nodeClientFactory =
  <Id extends string>(spec: ServiceSpec<Id>, defaultCredentials?: CredentialsProvider) =>
  (config: ClientConfig = {}): ServiceClient<Id> =>
    createServiceClient(spec, config, nodeDefaults(config, defaultCredentials));
