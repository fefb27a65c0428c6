import { describeValue } from './describeValue.js';
import { InvalidConnectionError } from './errors/InvalidConnectionError.js';
import { UnsupportedRegionError } from './errors/UnsupportedRegionError.js';
import { partitions } from './generated/partitions.js';
import { findPartition } from './rules/partition.js';
import type { ValidatedRegion } from './types.js';

// Region names as AWS mints them: a short lowercase prefix, one to three lowercase words, a number
// (us-east-1, us-gov-west-1, eusc-de-east-1, us-isob-east-1). Deliberately not a list, so regions newer
// than our botocore data still resolve, provided a partition's regionRegex also claims them.
const REGION_GRAMMAR = /^[a-z]{2,4}(?:-[a-z]{1,16}){1,3}-\d{1,2}$/;
// Pseudo-regions partitions.json names (aws-global, aws-cn-global...) are accepted only verbatim.
const KNOWN_REGIONS = new Set(partitions.flatMap((partition) => partition.namedRegions));

/**
 * Checks a region against the strict grammar (or the exact pseudo-regions of partitions.json) and then
 * against the partitions' own `regionRegex`. Runs before any URL is built: the rule sets splice the region
 * into host names as is.
 *
 * @param field how the caller calls the option, for the error message (e.g. `connection_config.region`).
 * @example
 * ```ts
 * validateRegion('cn-north-1', 'region', 'iam').partition.id; // 'aws-cn'
 * validateRegion('us-east-1.evil.com', 'region', 'iam');      // throws InvalidConnectionError
 * ```
 */
export function validateRegion(region: unknown, field: string, service: string): ValidatedRegion {
  if (typeof region !== 'string' || region === '') {
    throw new InvalidConnectionError(
      field,
      `${field} must be a non-empty string, got ${describeValue(region)}`,
    );
  }
  if (!REGION_GRAMMAR.test(region) && !KNOWN_REGIONS.has(region)) {
    const hint = /[A-Z]/.test(region) ? ' (region names are lowercase)' : '';
    throw new InvalidConnectionError(
      field,
      `${field} ${describeValue(region)} is not an AWS region name (e.g. us-east-1)${hint}`,
    );
  }
  const partition = findPartition(region);
  if (!partition) {
    throw new UnsupportedRegionError(
      region,
      service,
      `${field} '${region}' belongs to no known AWS partition (${partitions.map((p) => p.id).join(', ')})`,
    );
  }
  return { region, partition };
}
