import type { Check } from './check.js';
import type { ConformanceInput } from './conformanceInput.js';
import { runConformance } from './runConformance.js';

/** What a runtime reports: the checks, or why it could not run them at all. */
export interface ConformanceReport {
  /** The package entries the runtime's module resolution picked, when the host can tell. */
  entries: Record<string, string>;
  checks: Check[];
  error?: string;
}

/**
 * The program's one entry, the same in every runtime: fetches its input from `base` (the test's
 * control server, a path of this runtime's own), runs every check and posts the report back.
 * Uses nothing but `fetch` and what the packages export.
 */
export async function main(base: string, entries: Record<string, string> = {}): Promise<void> {
  let report: ConformanceReport;
  try {
    const input = (await (await fetch(`${base}/input`)).json()) as ConformanceInput;
    report = { entries, checks: await runConformance(input) };
  } catch (error) {
    report = {
      entries,
      checks: [],
      error: error instanceof Error ? `${error.stack ?? error}` : String(error),
    };
  }
  const posted = await fetch(`${base}/results`, { method: 'POST', body: JSON.stringify(report) });
  if (!posted.ok) throw new Error(`the test refused the report: ${posted.status}`);
}
