// The package entry under Node's `node` export condition: the same API, with `createIamClient` on the
// `node:http` transport and, when the config has no credentials, provider-config's default chain.
import { defaultCredentials } from '@iamkit/provider-config/node';
import { type ClientConfig, createServiceClient, nodeDefaults } from '@iamkit/runtime';
import { type IamClient, iamSpec } from './iamSpec.js';

export { type NodeHttpFetchOptions, nodeHttpFetch } from '@iamkit/runtime';
export * from './index.js';

/** {@link createIamClient}'s config under Node: credentials may be left out (the default chain). */
export type IamNodeClientConfig = ClientConfig;

/**
 * Creates an IAM client: `node:http` with keep-alive (unless `fetch` is given) and, without
 * `credentials`, the environment then the shared files (`~/.aws/credentials`).
 *
 * @example
 * ```ts
 * const { Users } = await listUsers(createIamClient({ region: 'eu-west-1' }));
 * ```
 */
export const createIamClient = (config: IamNodeClientConfig = {}): IamClient =>
  createServiceClient(iamSpec, config, nodeDefaults(config, defaultCredentials));
