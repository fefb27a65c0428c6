import { type ClientConfigWithCredentials, createServiceClient } from '@iamkit/runtime';
import { type StsClient, stsSpec } from './stsSpec.js';

/**
 * Configuration of {@link createStsClient}: plain options, a platform connection or a resolved
 * connection. Outside Node, credentials (or a `signer`) are required.
 */
export type StsClientConfig = ClientConfigWithCredentials;

/**
 * Creates a AWS STS client on the global `fetch`. Under Node the package's `node` entry gives the same
 * function with the `node:http` transport and default credentials.
 *
 * @example
 * ```ts
 * const client = createStsClient({ region: 'eu-west-1', credentials });
 * const { Account } = await getCallerIdentity(client);
 * ```
 */
export const createStsClient = (config: StsClientConfig): StsClient => createServiceClient(stsSpec, config);
