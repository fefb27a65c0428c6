import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EndpointTestCase {
  documentation: string;
  params?: Record<string, string | boolean>;
  expect:
    | { error: string }
    | {
        endpoint: {
          url: string;
          properties?: { authSchemes?: { name: string; signingName?: string; signingRegion?: string }[] };
        };
      };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const endpointTestsDir = path.resolve(repoRoot, '..', 'shared', 'vectors', 'endpoint-tests');

/**
 * AWS's endpoint tests for a service, read in place from ../shared. Returns undefined when the folder is
 * missing outside CI (the caller skips, visibly); with CI set a missing folder is an error.
 */
export function loadEndpointTests(
  service: string,
  where: { dir?: string; ci?: string | undefined } = {},
): EndpointTestCase[] | undefined {
  const file = path.join(where.dir ?? endpointTestsDir, `${service}.endpoint-tests-1.json`);
  const ci = 'ci' in where ? where.ci : process.env.CI;
  if (!existsSync(file)) {
    if (ci) throw new Error(`endpoint tests missing at ${file} (CI is set, so this fails)`);
    return undefined;
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { testCases: EndpointTestCase[] }).testCases;
}
