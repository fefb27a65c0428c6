// The package entry under Node's `node` export condition: the same API, with `createStsClient` on the
// `node:http` transport and, when the config has no credentials, the default chain with STS role
// assumption; plus the Node-only providers that need this package's STS client.
import { type ClientConfig, createServiceClient, nodeDefaults } from '@iamkit/runtime';
import { defaultCredentials } from './node/defaultCredentials.js';
import type { StsEndpointOptions } from './StsEndpointOptions.js';
import { splitStsConfig } from './splitStsConfig.js';
import type { StsClient } from './stsSpec.js';

export * from './index.js';
export {
  defaultCredentials,
  defaultCredentialsProvider,
  type StsDefaultCredentialsOptions,
} from './node/defaultCredentials.js';
export { fromProfile, type StsProfileOptions } from './node/fromProfile.js';
export { fromWebIdentity, type StsWebIdentityOptions } from './node/fromWebIdentity.js';
export type { StsProviderOptions } from './node/withStsRoleAssumer.js';

/** {@link createStsClient}'s config under Node: credentials may be left out (the default chain). */
export type StsNodeClientConfig = ClientConfig & StsEndpointOptions;

/**
 * Creates a AWS STS client: `node:http` with keep-alive (unless `fetch` is given) and, without
 * `credentials`, {@link defaultCredentials} (environment, profiles with roles, web identity, container,
 * instance metadata).
 *
 * @example
 * ```ts
 * const client = createStsClient({ region: 'eu-west-1' });
 * ```
 */
export const createStsClient = (config: StsNodeClientConfig = {}): StsClient => {
  const [spec, rest] = splitStsConfig(config);
  return createServiceClient(spec, rest, nodeDefaults(rest, defaultCredentials));
};
