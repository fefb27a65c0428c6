import { partitions } from '../generated/partitions.js';

/** What `aws.partition` returns for a region: the partition's outputs from partitions.json. */
export interface PartitionOutputs {
  name: string;
  dnsSuffix: string;
  dualStackDnsSuffix: string;
  implicitGlobalRegion: string;
  supportsFIPS: boolean;
  supportsDualStack: boolean;
}

/** One partition of partitions.json, as the generator writes it. */
export interface PartitionData {
  id: string;
  regionRegex: string;
  /**
   * The regions of partitions.json that must be matched by name: those `regionRegex` would place
   * elsewhere or the region grammar refuses (`aws-global`...). Every other region of the partition is
   * found by its regex, with the same answer.
   */
  namedRegions: readonly string[];
  outputs: PartitionOutputs;
}

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
