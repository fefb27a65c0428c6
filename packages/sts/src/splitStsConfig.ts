import { AwsConfigError, type ClientConfig, type ServiceSpec } from '@iamkit/runtime';
import { withConnectionRole } from './credentials/withConnectionRole.js';
import type { StsEndpointOptions } from './StsEndpointOptions.js';
import { stsSpecFor } from './stsSpecFor.js';

/**
 * The spec a config asks for and the rest of the config, its connection role (if any) turned into
 * credentials: what both entries' `createStsClient` hand to the runtime.
 */
export const splitStsConfig = (
  config: ClientConfig & StsEndpointOptions,
): readonly [ServiceSpec<'sts'>, ClientConfig] => {
  // Not an object: the runtime says so.
  if (config === null || typeof config !== 'object') return [stsSpecFor(false), config];
  const { useGlobalEndpoint, ...rest } = config;
  if (useGlobalEndpoint !== undefined && typeof useGlobalEndpoint !== 'boolean') {
    throw new AwsConfigError('`useGlobalEndpoint` must be a boolean');
  }
  return [stsSpecFor(useGlobalEndpoint), withConnectionRole(rest)];
};
