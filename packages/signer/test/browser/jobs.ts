// What crosses from Node into the browser page and back, as plain JSON. The page only signs; all
// reading of vector files and all comparing happens in Node, with the same helpers as the Node
// conformance tests.
import type { createSigner, explain } from '../../src/index.js';
import type { Explanation, PresignOptions, SignableRequest, SignedRequest } from '../../src/types.js';

type SignerConfig = Omit<Parameters<typeof createSigner>[0], 'clock' | 'crypto'>;

export interface Job {
  suite: 'aws-c-auth' | 'botocore';
  name: string;
  /** createSigner options; `clock` is an ISO timestamp the page turns into `() => new Date(clock)`. */
  signer: SignerConfig & { clock?: string };
  request: SignableRequest;
  calls: { op: 'explain' | 'sign' | 'presign'; options: PresignOptions & { query?: boolean } }[];
}

export type CallResult = { ok: true; value: Explanation | SignedRequest } | { ok: false; error: string };

export interface JobResult {
  suite: Job['suite'];
  name: string;
  results: CallResult[];
}

/** The package's functions the page passes in: those of the bundled (WebCrypto) build. */
export interface SignerPackage {
  createSigner: typeof createSigner;
  explain: typeof explain;
}

/**
 * Runs every job with the bundled package. A throw is recorded as a failed call, so one bad case
 * cannot hide the others.
 */
export async function runJobs(pkg: SignerPackage, jobs: readonly Job[]): Promise<JobResult[]> {
  const out: JobResult[] = [];
  for (const job of jobs) {
    const { clock, ...config } = job.signer;
    const signer = pkg.createSigner(
      clock === undefined ? config : { ...config, clock: () => new Date(clock) },
    );
    const results: CallResult[] = [];
    for (const { op, options } of job.calls) {
      try {
        const value =
          op === 'explain'
            ? await pkg.explain(signer, job.request, options)
            : await signer[op](job.request, options);
        results.push({ ok: true, value });
      } catch (error) {
        results.push({
          ok: false,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
    }
    out.push({ suite: job.suite, name: job.name, results });
  }
  return out;
}
