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

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const endpointTestsDir = path.resolve(repoRoot, '..', 'shared', 'vectors', 'endpoint-tests');

/**
 * AWS's endpoint tests for a service, read in place from ../shared. Returns undefined when the folder is
 * missing outside CI (the caller skips, visibly); with CI set a missing folder is an error.
 */
export function loadEndpointTests(service: string): EndpointTestCase[] | undefined {
  const file = path.join(endpointTestsDir, `${service}.endpoint-tests-1.json`);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`endpoint tests missing at ${file} (CI is set, so this fails)`);
    return undefined;
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { testCases: EndpointTestCase[] }).testCases;
}
