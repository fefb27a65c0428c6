// The runtime matrix: the packed tarballs of every public package, installed into an empty project,
// and one conformance program (../program) run in each runtime of ./support/runtimes.ts. Each runtime
// must pass every check, and all of them must report the same checks with the same values.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAccessKey, createIamClient, createUser, putUserPolicy } from '@iamkit/iam';
import { type Local, startLocal } from '@iamkit/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Moto, startMoto } from '../../../packages/iam/test/support/moto.js';
import { vectorsDir } from '../../../packages/signer/test/support/vectors.js';
import { passed } from '../program/check.js';
import type { ConformanceInput, SigV4Case } from '../program/conformanceInput.js';
import type { ConformanceReport } from '../program/main.js';
import { type ControlServer, startControlServer } from './support/controlServer.js';
import { entryWithin, type MatrixRow } from './support/matrixRow.js';
import { resultsTable, withTable } from './support/resultsTable.js';
import { RUNTIMES } from './support/runtimes.js';
import { createScratchProject, type ScratchProject } from './support/scratchProject.js';
import { seedUserPool } from './support/seedUserPool.js';
import { sigv4Cases } from './support/sigv4Cases.js';

const suite = vectorsDir('sigv4-aws-c-auth');
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const README = join(repoRoot, 'README.md');
const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const RUN_TIMEOUT_MS = 90_000;

const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

let root: string;
let project: ScratchProject;
let moto: Moto;
let control: ControlServer;
let cases: SigV4Case[];
let adminKey: { accessKeyId: string; secretAccessKey: string };
let local: Local;
let cognito: ConformanceInput['cognito'];
const rows = new Map<string, MatrixRow>();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'iamkit-matrix-'));
  cases = sigv4Cases(suite!);
  project = await createScratchProject(root);
  moto = await startMoto(3);
  // The three unauthenticated requests moto allows: an admin, its key, its policy. After them
  // every request must carry a valid signature.
  const bootstrap = createIamClient({
    endpoint: moto.url,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bootstrap-secret' },
  });
  await createUser(bootstrap, { UserName: 'admin' });
  const { AccessKey } = await createAccessKey(bootstrap, { UserName: 'admin' });
  await putUserPolicy(bootstrap, { UserName: 'admin', PolicyName: 'admin', PolicyDocument: ADMIN_POLICY });
  adminKey = { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey };
  control = await startControlServer(moto.url);
  local = await startLocal({ port: 0 });
  cognito = await seedUserPool(local);
});

afterAll(async () => {
  await control?.close();
  await local?.close();
  await moto?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The report, which a runtime that ran to its end has posted already (or is about to). */
async function reportOf(label: string, report: Promise<ConformanceReport>): Promise<ConformanceReport> {
  let timer: NodeJS.Timeout | undefined;
  const missing = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} finished without posting a report`)), 5_000);
  });
  return Promise.race([report, missing]).finally(() => clearTimeout(timer));
}

describe.skipIf(!suite)('runtime matrix', () => {
  it('depends on every public package, so turbo builds each before this test packs it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(project.names.filter((name) => !manifest.devDependencies[name])).toEqual([]);
  });

  it.each(RUNTIMES)('$title passes every check', async (runtime) => {
    const started = performance.now();
    const input: ConformanceInput = {
      sigv4: cases,
      iam: {
        endpoint: runtime.viaProxy ? control.url : moto.url,
        ...adminKey,
        userName: `matrix-${runtime.label}`,
      },
      cognito,
    };
    const report = control.expectReport(runtime.label, input);
    const run = await runtime.run({
      project,
      control,
      base: `${control.url}/run/${runtime.label}`,
      report,
      timeoutMs: RUN_TIMEOUT_MS,
    });
    const { entries, checks, error } = await reportOf(runtime.label, report);
    const resolved = run.bundled ?? entries;
    const files = Object.fromEntries(
      project.names.map((name) => [name, entryWithin(name, resolved[name] ?? '') ?? 'not resolved']),
    );
    const passedCount = checks.filter(passed).length;
    rows.set(runtime.label, {
      title: runtime.title,
      version: run.version,
      pinned: runtime.pinned,
      entries: files,
      checks,
      passed: passedCount,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `[matrix] ${runtime.title} ${run.version}: ${passedCount}/${checks.length} checks in ${seconds} s`,
    );

    expect(error).toBeUndefined();
    expect(checks.length).toBeGreaterThan(cases.length * 2);
    expect(checks.filter((c) => !passed(c))).toEqual([]);
  });

  it('every runtime reports the same checks with the same values', () => {
    expect([...rows.keys()]).toEqual(RUNTIMES.map((r) => r.label));
    const valuesOf = (row: MatrixRow) => row.checks.map(({ id, actual }) => ({ id, actual }));
    const [reference, ...others] = [...rows.values()];
    for (const row of others)
      expect({ runtime: row.title, checks: valuesOf(row) }).toEqual({
        runtime: row.title,
        checks: valuesOf(reference!),
      });
  });

  // Written by every run outside CI (it is deterministic, so an unchanged run leaves both files as
  // they are); under CI, compared with what is committed, except the versions of runtimes the
  // lockfile does not pin (Debian's Chromium).
  it('the README table and RESULTS.md are what this run produced', () => {
    // A runtime that could not report leaves the files as they are: a table without it would mislead.
    expect([...rows.keys()]).toEqual(RUNTIMES.map((r) => r.label));
    const table = resultsTable(RUNTIMES.map((r) => rows.get(r.label)!));
    const checkIds = [...rows.values()][0]?.checks.map((c) => `- \`${c.id}\``) ?? [];
    const results = withTable(
      readFileSync(RESULTS, 'utf8'),
      `${table}\n\nThe checks, in order:\n\n${checkIds.join('\n')}`,
    );
    const readme = withTable(readFileSync(README, 'utf8'), table);
    const unpinned = (text: string) => text.replace(/\| [^|]* \(the machine’s\) \|/g, '| (the machine’s) |');
    if (process.env.CI) {
      const stale =
        'differs from this run: run `pnpm --filter @iamkit/matrix-tests test` and commit the result';
      expect(unpinned(readFileSync(README, 'utf8')), `README.md's runtime table ${stale}`).toBe(
        unpinned(readme),
      );
      expect(unpinned(readFileSync(RESULTS, 'utf8')), `tests/matrix/RESULTS.md ${stale}`).toBe(
        unpinned(results),
      );
    } else {
      writeFileSync(README, readme);
      writeFileSync(RESULTS, results);
    }
  });
});
