import type { ConnectionRoleOptions } from './credentials/withConnectionRole.js';

/** What STS's clients take beyond the runtime's config. */
export interface StsEndpointOptions extends ConnectionRoleOptions {
  /**
   * Send the regions that had it (`us-east-1`, `eu-west-1`...) to the global `https://sts.amazonaws.com`,
   * signed for `us-east-1`, as AWS's `sts_regional_endpoints = legacy`. Default: the region's endpoint.
   */
  useGlobalEndpoint?: boolean;
}
