// The package entry under Node's `node` export condition: the same API, with `createIamClient` on the
// `node:http` transport and, when the config has no credentials, @iamkit/sts's default chain.
import { type ClientConfig, nodeClientFactory } from '@iamkit/runtime';
import { type ConnectionRoleOptions, defaultCredentials, withConnectionRole } from '@iamkit/sts';
import { type IamClient, iamSpec } from './iamSpec.js';

export { type NodeHttpFetchOptions, nodeHttpFetch } from '@iamkit/runtime';
export * from './index.js';

/** {@link createIamClient}'s config under Node: credentials may be left out (the default chain). */
export type IamNodeClientConfig = ClientConfig & ConnectionRoleOptions;

const create = /* @__PURE__ */ nodeClientFactory(iamSpec, defaultCredentials);

/**
 * Creates an IAM client: `node:http` with keep-alive (unless `fetch` is given) and, without
 * `credentials`, `@iamkit/sts`'s `defaultCredentials` (environment, profiles with roles, web identity,
 * container, instance metadata). A platform connection's `connection_config.roleArn` is assumed with
 * the connection's key.
 *
 * @example
 * ```ts
 * const client = createIamClient({ region: 'eu-west-1' });
 * ```
 */
export const createIamClient = (config: IamNodeClientConfig = {}): IamClient =>
  create(withConnectionRole(config));
