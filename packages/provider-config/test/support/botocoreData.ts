import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

let dataDir: string | undefined;
let endpointsJson: EndpointsJson | undefined;

interface EndpointsJson {
  partitions: { services: Record<string, { endpoints: Record<string, unknown> }> }[];
}

/** botocore's data folder, from the python3 on PATH (a documented test prerequisite). Asked once. */
export function botocoreDataDir(): string {
  if (dataDir) return dataDir;
  const dir = execFileSync(
    'python3',
    ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'],
    {
      encoding: 'utf8',
    },
  ).trim();
  dataDir = path.join(dir, 'data');
  return dataDir;
}

/**
 * Whether botocore's endpoints.json lists `service` in `region`, read directly (not through our generated
 * table) so tests have an independent expectation.
 */
export function endpointsJsonLists(service: string, region: string): boolean {
  endpointsJson ??= JSON.parse(
    readFileSync(path.join(botocoreDataDir(), 'endpoints.json'), 'utf8'),
  ) as EndpointsJson;
  return endpointsJson.partitions.some((partition) =>
    Object.hasOwn(partition.services[service]?.endpoints ?? {}, region),
  );
}
