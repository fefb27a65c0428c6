import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPartition } from '../src/rules/partition.js';
import { validateRegion } from '../src/validateRegion.js';
import { botocoreDataDir } from './support/botocoreData.js';

// partitions.ts names only the regions its regexes would not place (aws-global...). Read botocore's
// partitions.json directly: every region it lists must still validate and land in its own partition.
const partitionsJson = JSON.parse(readFileSync(path.join(botocoreDataDir(), 'partitions.json'), 'utf8')) as {
  partitions: { id: string; regions: Record<string, unknown> }[];
};
const listed = partitionsJson.partitions.flatMap((partition) =>
  Object.keys(partition.regions).map((region) => [region, partition.id] as const),
);

describe('every region of partitions.json', () => {
  it('has many', () => expect(listed.length).toBeGreaterThan(50));

  it.each(listed)('%s is valid and in %s', (region, id) => {
    expect(findPartition(region)?.id).toBe(id);
    expect(validateRegion(region, 'region', 'iam').partition.id).toBe(id);
  });

  it('names nothing empty', () => {
    expect(findPartition('')).toBeUndefined();
  });
});
