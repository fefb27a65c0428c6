import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** botocore's data folder, from the python3 on PATH (a documented test prerequisite). */
export function botocoreDataDir(): string {
  const dir = execFileSync(
    'python3',
    ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'],
    {
      encoding: 'utf8',
    },
  ).trim();
  return path.join(dir, 'data');
}

/**
 * Whether botocore's endpoints.json lists `service` in `region`, read directly (not through our generated
 * table) so tests have an independent expectation.
 */
export function endpointsJsonLists(service: string, region: string): boolean {
  const endpoints = JSON.parse(readFileSync(path.join(botocoreDataDir(), 'endpoints.json'), 'utf8')) as {
    partitions: { services: Record<string, { endpoints: Record<string, unknown> }> }[];
  };
  return endpoints.partitions.some((partition) =>
    Object.hasOwn(partition.services[service]?.endpoints ?? {}, region),
  );
}
