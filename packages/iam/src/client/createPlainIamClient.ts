import type { IamClient, IamClientConfig } from './IamClientConfig.js';
import { makeIamClient } from './makeIamClient.js';

/**
 * Creates an IAM client: the `createIamClient` of the package's plain entry (browsers, edge runtimes,
 * bundlers), on the global `fetch` or the one given.
 *
 * Retries run in our own loop around ky (ky's `retry` is 0): AWS signals throttling with HTTP 400 and a
 * code in the XML body, which ky's status-based retry cannot see, and a clock-skew re-sign must not
 * consume an attempt. Each attempt is a fresh ky request whose `beforeRequest` hook signs it with a
 * fresh date, so a retry never replays a stale signature.
 *
 * @example
 * ```ts
 * const client = createIamClient({ credentials: { accessKeyId, secretAccessKey } });
 * const { Users } = await listUsers(client, { MaxItems: 10 });
 * ```
 */
export const createPlainIamClient = (config: IamClientConfig): IamClient => makeIamClient(config);
