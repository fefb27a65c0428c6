import { type ClientConfigWithCredentials, createServiceClient } from '@iamkit/runtime';
import { type IamClient, iamSpec } from './iamSpec.js';

/**
 * Configuration of {@link createIamClient}: plain options (`region`, `endpoint`, `credentials`...), a
 * platform connection (`{ credentials: { username, password }, connection_config: { region } }`) or a
 * connection from `resolveConnection`. Outside Node, credentials (or a `signer`) are required.
 */
export type IamClientConfig = ClientConfigWithCredentials;

/**
 * Creates an IAM client on the global `fetch` (browsers, edge runtimes, bundlers). Under Node the
 * package's `node` entry gives the same function with the `node:http` transport and default credentials.
 *
 * @example
 * ```ts
 * const client = createIamClient({ credentials: { accessKeyId, secretAccessKey } });
 * const { Users } = await listUsers(client, { MaxItems: 10 });
 * ```
 */
export const createIamClient = (config: IamClientConfig): IamClient => createServiceClient(iamSpec, config);
