import { createIamClient as createWithFetch } from '../client/createIamClient.js';
import type { IamClient, IamClientConfig } from '../client/IamClientConfig.js';
import { nodeHttpFetch } from './nodeHttpFetch.js';

/**
 * `createIamClient` as Node resolves it (the package's `node` export condition): without an explicit
 * `fetch`, requests go through {@link nodeHttpFetch} (`node:http` with keep-alive) instead of Node's
 * built-in `fetch`, which costs several times more CPU per request. Everything else is identical.
 *
 * @example
 * ```ts
 * import { createIamClient, listUsers } from '@iamkit/iam'; // in Node: this function
 * const { Users } = await listUsers(createIamClient({ credentials }));
 * ```
 */
export const createIamClient = (config: IamClientConfig): IamClient =>
  createWithFetch(
    config.fetch
      ? config
      : {
          ...config,
          fetch: nodeHttpFetch(
            config.maxResponseBytes === undefined ? {} : { maxResponseBytes: config.maxResponseBytes },
          ),
        },
  );
