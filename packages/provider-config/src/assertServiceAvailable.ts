import { UnsupportedRegionError } from './errors/UnsupportedRegionError.js';
import type { PartitionData } from './types.js';

/**
 * Refuses a region where the service has no endpoint, so callers get a clear error instead of a DNS
 * failure later. Source: botocore's endpoints.json (generated into `serviceAvailability.ts`), checked
 * for the services it is generated for (cognito-idp). A partition without the service refuses every
 * region; a partition with it refuses the regions it knows but does not list, and lets regions newer than
 * the data through, since nothing says they lack the service.
 *
 * @example
 * ```ts
 * assertServiceAvailable(serviceAvailability, knownRegions, 'cognito-idp', 'cn-north-1', awsCn); // throws UnsupportedRegionError
 * ```
 */
export function assertServiceAvailable(
  availability: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
  known: Readonly<Record<string, readonly string[]>>,
  service: string,
  region: string,
  partition: PartitionData,
): void {
  const listed = availability[service]?.[partition.id];
  if (listed === undefined || listed.includes(region)) return;
  if (listed.length > 0 && !known[partition.id]?.includes(region)) return;
  const where =
    listed.length === 0
      ? `the ${partition.id} partition has no ${service} endpoints`
      : `${service} is offered there in ${listed.join(', ')}`;
  throw new UnsupportedRegionError(
    region,
    service,
    `${service} is not available in region '${region}' (partition ${partition.id}): ${where}`,
  );
}
