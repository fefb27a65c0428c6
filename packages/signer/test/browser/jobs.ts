// What crosses from Node into the browser page and back, as plain JSON. The page only signs; all
// reading of vector files and all comparing happens in Node, with the same helpers as the Node
// conformance tests.
import type { createSigner } from '../../src/index.js';
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

/**
 * Runs every job with `create` (the page passes the bundled package's createSigner, i.e. the
 * WebCrypto build). A throw is recorded as a failed call, so one bad case cannot hide the others.
 */
export async function runJobs(create: typeof createSigner, jobs: readonly Job[]): Promise<JobResult[]> {
  const out: JobResult[] = [];
  for (const job of jobs) {
    const { clock, ...config } = job.signer;
    const signer = create(clock === undefined ? config : { ...config, clock: () => new Date(clock) });
    const results: CallResult[] = [];
    for (const { op, options } of job.calls) {
      try {
        results.push({ ok: true, value: await signer[op](job.request, options) });
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
