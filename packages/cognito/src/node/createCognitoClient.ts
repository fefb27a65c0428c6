import { defaultCredentials } from '@iamkit/provider-config/node';
import { type ClientConfig, nodeClientFactory } from '@iamkit/runtime';
import { cognitoSpec } from '../cognitoSpec.js';

/** {@link createCognitoClient}'s config under Node: credentials may be left out (the default chain). */
export type CognitoNodeClientConfig = ClientConfig;

/**
 * Creates an Amazon Cognito user pools client: `node:http` with keep-alive (unless `fetch` is given) and, without
 * `credentials`, the environment then the shared files (`~/.aws/credentials`).
 *
 * @example
 * ```ts
 * const client = createCognitoClient({ region: 'eu-west-1' });
 * ```
 */
export const createCognitoClient = /* @__PURE__ */ nodeClientFactory(cognitoSpec, defaultCredentials);
