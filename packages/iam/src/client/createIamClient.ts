import type { IamClient, IamClientConfig } from './IamClientConfig.js';
import { makeIamClient } from './makeIamClient.js';
import { nodeTransportAdapter } from './nodeTransportAdapter.js';

export type { IamClientConfig };

/**
 * Creates an IAM client; under Node (the package's `node` entry), with the fast path of its `node:http`
 * transport. See {@link createPlainIamClient} for the options.
 *
 * @example
 * ```ts
 * const client = createIamClient({ credentials: { accessKeyId, secretAccessKey } });
 * const { Users } = await listUsers(client, { MaxItems: 10 });
 * ```
 */
export const createIamClient = (config: IamClientConfig): IamClient =>
  makeIamClient(config, nodeTransportAdapter);
