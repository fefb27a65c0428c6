// `pnpm bench`: @iamkit/signer (both backends) against aws4, aws4fetch and @smithy/signature-v4 on
// five workloads, next to the floor (the bare crypto every SigV4 signer must do), in one run.
// 1. cross-check: all signers must agree byte for byte at a fixed date, else exit 1 before timing;
// 2. time every signer with mitata; 3. print the table and write bench/RESULTS.md.
//
// Timing is interleaved: BENCH_ROUNDS (default 5) rounds, each measuring every column of every
// workload for at least BENCH_TIME_MS (default 50) in a rotated order; each column keeps its fastest median.
// On a shared machine other processes steal CPU in bursts; short interleaved rounds let the floor
// and the signers see the same conditions, and the best round is the least disturbed one.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { aws4fetchEntry, measureBundle, signerEntry } from '../scripts/bundle-size.mjs';
import { crossCheck } from './cross-check.mjs';
import { deriveSigningKey, nodeFloor, nodeFloorTwoHashHmac, webCryptoFloor } from './floors.mjs';
import { oursNode, oursWebCrypto } from './ours.mjs';
import { peers } from './peers.mjs';
import { naNotes, resultsDocument, resultTable } from './report.mjs';
import { timeAll } from './timing.mjs';
import { amzDate, credentials, workloads } from './workloads.mjs';

const timePerMeasurementMs = Number(process.env.BENCH_TIME_MS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const started = new Date();
const loadAtStart = loadavg()[0];
const signers = [oursNode, oursWebCrypto, ...peers];
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
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(results[0]?.value.authorization ?? '')?.[1] ?? 'host';
  return {
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
      `(${w.id}) ${first.results.length} signers + 3 floors agree: signature ${first.signature.slice(0, 16)}…${variants}, signed headers ${first.signedHeaders}`,
    );
  }
  const fns = Object.fromEntries(
    Object.keys(first.runs).map((name) => [name, cycle(checked.map((c) => c.runs[name]))]),
  );
  plans[w.id] = { fns, na: first.na };
}
console.log(checkLines.join('\n'));
if (!agreed) {
  console.error('\nbench: the signers do not agree; nothing was timed.');
  process.exit(1);
}

// 2. Timing.
const timings = await timeAll({ workloads, plans, columns, rounds, timeMs: timePerMeasurementMs });
for (const w of workloads) {
  console.log(
    `(${w.id}) ${columns.map((c) => `${c} ${((timings[w.id][c]?.ns ?? 0) / 1000).toFixed(2)}µs`).join(' | ')}`,
  );
}

// 3. Sizes and the report.
const ourSize = await measureBundle(signerEntry);
const peerSize = await measureBundle(aws4fetchEntry);
const { markdown, verdicts } = resultTable({
  workloads,
  columns,
  timings,
  keys: {
    nodeFloor: NODE_FLOOR,
    tightFloor: TIGHT_FLOOR,
    oursNode: oursNode.name,
    webFloor: WEB_FLOOR,
    oursWeb: oursWebCrypto.name,
  },
});
const out = resultsDocument({
  started,
  loadAtStart,
  rounds,
  timeMs: timePerMeasurementMs,
  markdown,
  verdicts,
  notes: naNotes(workloads, columns, timings),
  checkLines,
  alignments: signers.map((s) => `- ${s.name}: ${s.alignment}`),
  sizes: { ours: ourSize, aws4fetch: peerSize },
});
console.log(`\n${out}`);
writeFileSync(new URL('./RESULTS.md', import.meta.url), out);
console.log('bench: wrote packages/signer/bench/RESULTS.md');
