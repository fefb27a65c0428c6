import { type ClientConfig, createServiceClient } from '@iamkit/runtime';
import { type CognitoClient, cognitoSpec } from './cognitoSpec.js';

/**
 * Configuration of {@link createCognitoClient}: plain options, a platform connection or a resolved
 * connection. Credentials may be left out for a client that only calls the operations AWS serves unsigned
 * (sign-up, sign-in: `InitiateAuth`, `RespondToAuthChallenge`...): a signed operation then fails with
 * `AwsConfigError` before sending.
 */
export type CognitoClientConfig = ClientConfig;

/**
 * Creates a Amazon Cognito user pools client on the global `fetch`. Under Node the package's `node` entry gives the same
 * function with the `node:http` transport and default credentials.
 *
 * @example
 * ```ts
 * const client = createCognitoClient({ region: 'eu-west-1' });
 * await initiateAuth(client, { AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters });
 * ```
 */
export const createCognitoClient = (config: CognitoClientConfig): CognitoClient =>
  createServiceClient(cognitoSpec, config);
