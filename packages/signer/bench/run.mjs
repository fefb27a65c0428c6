// `pnpm bench`: @iamkit/signer (both backends) against aws4, aws4fetch and @smithy/signature-v4 on
// five workloads, next to the floor (the bare crypto every SigV4 signer must do), in one run.
// 1. cross-check: all signers must agree byte for byte at a fixed date, and the WebCrypto signers
//    must make as many crypto.subtle calls as their floor, else exit 1 before timing;
// 2. time every signer, paired with its floor (timing.mjs), in BENCH_PROCESSES (default 5) fresh
//    Node processes one after the other, each doing the cross-check again and BENCH_ROUNDS
//    (default 60) rounds; 3. pool their measurements, print the table and write bench/RESULTS.md
//    (and, with --readme, the table in packages/signer/README.md).
//
// In a round every workload's signer and floor run in alternating short batches of about
// BENCH_MICRO_MS (default 0.25) ms, about BENCH_BATCH_MS (default 3) ms per side, and every other
// column one batch of that length. On a shared machine other processes steal CPU in bursts and the
// WebCrypto worker threads wake up late or early depending on load: a ratio taken within a
// millisecond compares the two sides under the same conditions, and the median over thousands of
// them is steady where a best-of-few or a single long measurement is not. Several processes,
// because one process's JIT and heap layout can favour or handicap one function by several percent
// for its whole life: the spread of the per-process medians shows how much.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aws4fetchEntry, measureBundle, signerEntry } from '../scripts/bundleSize.mjs';
import { crossCheck } from './crossCheck.mjs';
import { deriveSigningKey, nodeFloor, nodeFloorTwoHashHmac, webCryptoFloor } from './floors.mjs';
import { oursNode, oursNodeEntryWebCrypto, oursWebCrypto } from './ours.mjs';
import { peers } from './peers.mjs';
import { naNotes, readmeWithTable, resultsDocument, resultTable } from './report.mjs';
import { subtleCalls } from './subtleCalls.mjs';
import { pool, timeAll } from './timing.mjs';
import { amzDate, credentials, workloads } from './workloads.mjs';

const child = process.env.BENCH_CHILD_OUT;
const log = child ? () => {} : (line) => console.log(line);
const settings = {
  processes: Number(process.env.BENCH_PROCESSES ?? 5),
  rounds: Number(process.env.BENCH_ROUNDS ?? 60),
  batchMs: Number(process.env.BENCH_BATCH_MS ?? 3),
  microMs: Number(process.env.BENCH_MICRO_MS ?? 0.25),
};
const started = new Date();
const loadAtStart = loadavg()[0];
const signers = [oursNode, oursWebCrypto, oursNodeEntryWebCrypto, ...peers];
const aws4 = peers.find((p) => p.name === 'aws4');
const NODE_FLOOR = 'node:crypto floor';
const TIGHT_FLOOR = 'node:crypto floor, HMAC as 2 hashes';
const WEB_FLOOR = 'WebCrypto floor';
const columns = [
  NODE_FLOOR,
  TIGHT_FLOOR,
  oursNode.name,
  WEB_FLOOR,
  oursWebCrypto.name,
  oursNodeEntryWebCrypto.name,
  ...peers.map((p) => p.name),
];

// 1. Cross-check, and build each workload's timed functions.
/**
 * Signs one variant of a workload with every signer and the floors; returns the calls to time
 * and the problems found (none when all agree).
 */
async function checkVariant(w) {
  const problems = [];
  const runs = {};
  const na = {};
  const results = [];
  for (const s of signers) {
    const made = s.make(w);
    if (made.na) {
      na[s.name] = made.na;
      continue;
    }
    results.push({ name: s.name, value: made.read(await made.run()) });
    const backend = made.usedBackend && (await made.usedBackend());
    if (backend && backend !== s.backend)
      problems.push(`(${w.id}) ${s.name} signed with ${backend}, not ${s.backend}`);
    runs[s.name] = made.run;
  }
  const check = crossCheck(w, results);
  problems.push(...check.lines);
  // The floors hash the workload's real canonical request and string to sign, and must land on
  // the signature all signers agreed on, which proves they did the full work.
  const floorInput = {
    payload: w.body ?? '',
    ...aws4.make(w).steps(),
    signingKey: deriveSigningKey(credentials.secretAccessKey, amzDate.slice(0, 8), w.region, w.service),
  };
  runs[NODE_FLOOR] = nodeFloor(floorInput);
  runs[TIGHT_FLOOR] = nodeFloorTwoHashHmac(floorInput);
  runs[WEB_FLOOR] = await webCryptoFloor(floorInput);
  for (const floor of [NODE_FLOOR, TIGHT_FLOOR, WEB_FLOOR]) {
    const got = await runs[floor]();
    if (got !== check.signature)
      problems.push(`(${w.id}) ${floor} computed ${got}, the signers agreed on ${check.signature}`);
  }
  // Both WebCrypto sides must make the same crypto.subtle calls per signature (each is a round
  // trip to a worker thread, most of the cost): counted on one call each, keys already imported.
  const webFloor = await subtleCalls(runs[WEB_FLOOR]);
  for (const { name } of [oursWebCrypto, oursNodeEntryWebCrypto]) {
    const webSigner = await subtleCalls(runs[name]);
    if (webSigner.text !== webFloor.text)
      problems.push(
        `(${w.id}) crypto.subtle calls: ${name} ${webSigner.text}, ${WEB_FLOOR} ${webFloor.text}`,
      );
  }
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(results[0]?.value.authorization ?? '')?.[1] ?? 'host';
  return {
    subtle: webFloor.text,
    runs,
    na,
    problems: check.ok ? problems : [...problems, `(${w.id}) no agreement`],
    results,
    signature: check.signature,
    signedHeaders,
  };
}

// Each call takes the next variant, for every column alike.
const cycle = (calls) => {
  let i = 0;
  return calls.length === 1 ? calls[0] : () => calls[i++ % calls.length]();
};

const plans = {};
const checkLines = [];
let agreed = true;
for (const w of workloads) {
  const checked = [];
  for (const variant of w.variants) checked.push(await checkVariant({ ...w, ...variant }));
  const problems = checked.flatMap((c) => c.problems);
  checkLines.push(...problems);
  agreed &&= problems.length === 0;
  const [first] = checked;
  if (problems.length === 0) {
    const variants =
      checked.length > 1 ? ` (and ${checked.length - 1} more URLs, cycled through while timing)` : '';
    checkLines.push(
      `(${w.id}) ${first.results.length} signers + 3 floors agree: signature ${first.signature.slice(0, 16)}…${variants}, signed headers ${first.signedHeaders}; the WebCrypto signers and floor each make ${first.subtle} per signature`,
    );
  }
  const fns = Object.fromEntries(
    Object.keys(first.runs).map((name) => [name, cycle(checked.map((c) => c.runs[name]))]),
  );
  plans[w.id] = { fns, na: first.na };
}
log(checkLines.join('\n'));
if (!agreed) {
  console.error('\nbench: the signers do not agree; nothing was timed.');
  process.exit(1);
}

// 2. Timing.
const pairs = [
  { signer: oursNode.name, floor: NODE_FLOOR },
  { signer: oursWebCrypto.name, floor: WEB_FLOOR },
  // For information.
  { signer: oursNode.name, floor: TIGHT_FLOOR },
  { signer: oursNodeEntryWebCrypto.name, floor: WEB_FLOOR },
];
// BENCH_ONLY=c,d times only those workloads (for working on one; the report then lacks the rest).
const only = process.env.BENCH_ONLY?.split(',');
const timed = only ? workloads.filter((w) => only.includes(w.id)) : workloads;
if (child) {
  const result = await timeAll({ workloads: timed, plans, columns, pairs, ...settings });
  writeFileSync(child, JSON.stringify(result));
  process.exit(0);
}
const perProcess = [];
for (let p = 0; p < settings.processes; p++) {
  const out = join(tmpdir(), `iamkit-signer-bench-${process.pid}-${p}.json`);
  const began = performance.now();
  execFileSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHILD_OUT: out },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  perProcess.push(JSON.parse(readFileSync(out, 'utf8')));
  rmSync(out);
  log(
    `process ${p + 1}/${settings.processes}: ${settings.rounds} rounds in ${((performance.now() - began) / 1000).toFixed(0)} s`,
  );
}
const { times, ratios, processRatios } = pool(perProcess);
// BENCH_DUMP=file.json keeps every measurement, for looking at their spread.
if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, JSON.stringify(perProcess));
for (const w of timed) {
  log(
    `(${w.id}) ${columns.map((c) => `${c} ${((times[w.id][c]?.ns ?? 0) / 1000).toFixed(2)}µs`).join(' | ')}`,
  );
}

// 3. Sizes and the report.
const ourSize = await measureBundle(signerEntry);
const peerSize = await measureBundle(aws4fetchEntry);
const { markdown, verdicts } = resultTable({
  workloads: timed,
  columns,
  times,
  ratios,
  processRatios,
  keys: {
    nodeFloor: NODE_FLOOR,
    tightFloor: TIGHT_FLOOR,
    oursNode: oursNode.name,
    webFloor: WEB_FLOOR,
    oursWeb: oursWebCrypto.name,
    oursNodeWeb: oursNodeEntryWebCrypto.name,
  },
});
const out = resultsDocument({
  started,
  loadAtStart,
  ...settings,
  markdown,
  verdicts,
  notes: naNotes(timed, columns, times),
  checkLines,
  alignments: signers.map((s) => `- ${s.name}: ${s.alignment}`),
  sizes: { ours: ourSize, aws4fetch: peerSize },
});
console.log(`\n${out}`);
writeFileSync(new URL('./RESULTS.md', import.meta.url), out);
console.log('bench: wrote packages/signer/bench/RESULTS.md');
if (process.argv.includes('--readme')) {
  const readme = new URL('../README.md', import.meta.url);
  writeFileSync(readme, readmeWithTable(readFileSync(readme, 'utf8'), out));
  console.log('bench: wrote the table in packages/signer/README.md');
}
