import { partitions } from '../generated/partitions.js';
import type { PartitionData, PartitionOutputs } from '../types.js';

const compiled = partitions.map((partition) => ({ partition, regex: new RegExp(partition.regionRegex) }));

/**
 * The partition a region belongs to, by AWS's algorithm: a region listed by a partition, else the first
 * partition whose `regionRegex` matches. Unlike `aws.partition`, returns `undefined` instead of falling
 * back to `aws`, so callers can refuse regions no partition claims.
 */
export function findPartition(region: string): PartitionData | undefined {
  return (
    partitions.find((partition) => partition.namedRegions.includes(region)) ??
    compiled.find(({ regex }) => regex.test(region))?.partition
  );
}

/** The partition AWS falls back to for regions nobody claims: `aws`. */
export function defaultPartition(): PartitionData | undefined {
  return partitions.find((partition) => partition.id === 'aws');
}

/**
 * `aws.partition` of the rule-set standard library: unknown regions fall back to the `aws` partition, and
 * anything but a string has none.
 */
export function awsPartition(region: unknown): PartitionOutputs | undefined {
  return typeof region === 'string' ? (findPartition(region) ?? defaultPartition())?.outputs : undefined;
}
