import { type ClientConfig, nodeClientFactory } from '@iamkit/runtime';
import { type ConnectionRoleOptions, defaultCredentials, withConnectionRole } from '@iamkit/sts';
import { type CognitoClient, cognitoSpec } from '../cognitoSpec.js';

/** {@link createCognitoClient}'s config under Node: credentials may be left out (the default chain). */
export type CognitoNodeClientConfig = ClientConfig & ConnectionRoleOptions;

const create = /* @__PURE__ */ nodeClientFactory(cognitoSpec, defaultCredentials);

/**
 * Creates an Amazon Cognito user pools client: `node:http` with keep-alive (unless `fetch` is given) and, without
 * `credentials`, `@iamkit/sts`'s `defaultCredentials` (environment, profiles with roles, web identity,
 * container, instance metadata). A platform connection's `connection_config.roleArn` is assumed with
 * the connection's key.
 *
 * @example
 * ```ts
 * const client = createCognitoClient({ region: 'eu-west-1' });
 * ```
 */
export const createCognitoClient = (config: CognitoNodeClientConfig = {}): CognitoClient =>
  create(withConnectionRole(config));
