// pnpm bench (packages/local): start-up time to the first answered request, and requests/s of a signed
// IAM ListUsers and an unsigned Cognito InitiateAuth at concurrency 16, for @iamkit/local and moto's
// server in the same run (started one after the other, measured one at a time). Writes bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { load } from './load.mjs';
import { startEmulator, startMoto } from './servers.mjs';
import { workloads } from './workloads.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = 16;

async function measure(startServer) {
  const server = await startServer();
  try {
    const work = workloads(server.url, server.credentials);
    const clientId = await work.setUp();
    // A short warm-up, so neither server is measured while its first requests load code.
    await load(work.listUsers, { concurrency: CONCURRENCY, seconds: 1 });
    const listUsers = await load(work.listUsers, { concurrency: CONCURRENCY, seconds: SECONDS });
    const initiateAuth = await load(work.initiateAuth(clientId), {
      concurrency: CONCURRENCY,
      seconds: SECONDS,
    });
    return { name: server.name, startupMs: server.startupMs, listUsers, initiateAuth };
  } finally {
    await server.stop();
  }
}

const results = [await measure(startEmulator), await measure(startMoto)];

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = results.map(
  (r) =>
    `| ${r.name} | ${fmt(r.startupMs)} ms | ${fmt(r.listUsers.rps)} (${r.listUsers.failed} failed) | ${fmt(r.initiateAuth.rps)} (${r.initiateAuth.failed} failed) |`,
);
const [ours, moto] = results;
const ratio = (a, b) => `${fmt(a / b, 1)}x`;
const python = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
const table = [
  '| Server | Start-up to first answer | Signed ListUsers req/s (c=16) | Unsigned InitiateAuth req/s (c=16) |',
  '| --- | --- | --- | --- |',
  ...rows,
  `| ratio | ${ratio(moto.startupMs, ours.startupMs)} faster | ${ratio(ours.listUsers.rps, moto.listUsers.rps)} | ${ratio(ours.initiateAuth.rps, moto.initiateAuth.rps)} |`,
].join('\n');
const report = `# @iamkit/local benchmark

Run with \`pnpm bench\` in packages/local (turbo runs it from the root). Both servers run as child
processes on 127.0.0.1 and are measured one after the other in the same run; the load generator
(Node fetch, every ListUsers signed with @iamkit/signer) is the same for both. Each load runs
${SECONDS} s after a 1 s warm-up. Start-up is from spawning the process to its first answered HTTP request.

${table}

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${python}.
**The machine was shared with other helpers' builds and tests while this ran**, so absolute numbers
are noisy; the side-by-side ratio from one run is the meaningful figure. moto answers without
checking signatures here (no \`INITIAL_NO_AUTH_ACTION_COUNT\`); the emulator verifies every signature.
`;
writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
process.stdout.write(`${table}\n`);
