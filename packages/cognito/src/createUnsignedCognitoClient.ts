import { type ClientConfig, createUnsignedServiceClient } from '@iamkit/runtime';
import { type CognitoClient, cognitoSpec } from './cognitoSpec.js';

/** {@link createUnsignedCognitoClient}'s config: a client config without credentials. */
export type UnsignedCognitoClientConfig = Omit<ClientConfig, 'credentials'>;

/**
 * Creates a Cognito user pools client for the operations AWS serves unsigned (sign-up, sign-in, the
 * user's own calls with an access token): no AWS credentials, and no signer code in a browser bundle.
 * A signed (Admin) operation on it is an `AwsConfigError` before anything is sent.
 *
 * @example
 * ```ts
 * const client = createUnsignedCognitoClient({ region: 'eu-west-1' });
 * await signUp(client, { ClientId, Username: 'alice', Password });
 * ```
 */
export const createUnsignedCognitoClient = (config: UnsignedCognitoClientConfig): CognitoClient =>
  createUnsignedServiceClient(cognitoSpec, config);
