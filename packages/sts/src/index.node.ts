// The package entry under Node's `node` export condition: the same API, with `createStsClient` on the
// `node:http` transport and, when the config has no credentials, provider-config's default chain.
import { defaultCredentials } from '@iamkit/provider-config/node';
import { type ClientConfig, nodeClientFactory } from '@iamkit/runtime';
import { stsSpec } from './stsSpec.js';

export * from './index.js';

/** {@link createStsClient}'s config under Node: credentials may be left out (the default chain). */
export type StsNodeClientConfig = ClientConfig;

/**
 * Creates a AWS STS client: `node:http` with keep-alive (unless `fetch` is given) and, without
 * `credentials`, the environment then the shared files (`~/.aws/credentials`).
 *
 * @example
 * ```ts
 * const client = createStsClient({ region: 'eu-west-1' });
 * ```
 */
export const createStsClient = /* @__PURE__ */ nodeClientFactory(stsSpec, defaultCredentials);
