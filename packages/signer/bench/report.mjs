// Turns the measurements into the markdown that is printed and written to bench/RESULTS.md.

import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { SIZE_BUDGET_BYTES } from '../scripts/bundleSize.mjs';
import { summarize } from './timing.mjs';
import { amzDate } from './workloads.mjs';

/** Targets from issue 2: signer / floor on the same crypto API. */
export const TARGETS = {
  node: { a: 1.5, b: 1.5, c: 1.5, d: 1.5, e: 1.05 },
  webcrypto: { a: 1.3, b: 1.3, c: 1.3, d: 1.3, e: 1.3 },
};

export function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux: os.cpus() is the best we have
  }
  return {
    node: process.version,
    cpu,
    cores: cpus().length,
    platform: `${process.platform}-${process.arch}`,
  };
}

const fmt = (ns) => (ns >= 100_000 ? `${(ns / 1000).toFixed(0)}` : `${(ns / 1000).toFixed(2)}`);
const NO_RATIOS = { median: Number.NaN, p10: Number.NaN, p90: Number.NaN, n: 0 };
const x2 = (v) => v.toFixed(2);

/** Mean of the values left after dropping the lowest and the highest `share` of them. */
const trimmedMean = (values, share) => {
  const sorted = [...values].sort((x, y) => x - y);
  const cut = Math.floor(sorted.length * share);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
};

/**
 * The signer's 10%-trimmed mean time over the floor's. Unlike the median group ratio it charges
 * each side the garbage collections its allocations cause (a collection stops whichever batch is
 * running; the median of groups would mostly see groups without one), so a verdict needs both.
 */
const trimmedRatio = (signer, floor) =>
  signer?.samples?.length && floor?.samples?.length
    ? trimmedMean(signer.samples, 0.1) / trimmedMean(floor.samples, 0.1)
    : Number.NaN;

/**
 * `1.23x ✓ (≤1.5) [5 processes 1.21–1.25; groups 1.10–1.40; means 1.25x]`: median of the pooled
 * group ratios; lowest and highest of the processes' own medians; 10th–90th percentile of the
 * groups; ratio of the trimmed means. ✓ when both the median and the trimmed-mean ratio are
 * within the target.
 */
const showRatio = (r, spread, target, means = Number.NaN) => {
  const verdict =
    target === undefined ? '' : `${Math.max(r.median, means) <= target ? '✓' : '✗'} (≤${target}) `;
  const processes =
    spread.length > 1
      ? `${spread.length} processes ${x2(Math.min(...spread))}–${x2(Math.max(...spread))}; `
      : '';
  const meansText = Number.isNaN(means) ? '' : `; means ${x2(means)}x`;
  return `${x2(r.median)}x ${verdict}[${processes}groups ${x2(r.p10)}–${x2(r.p90)}${meansText}]`;
};

/**
 * @param {object} r
 * @param {{ id: string, title: string }[]} r.workloads
 * @param {string[]} r.columns  signer names, in table order
 * @param {Record<string, Record<string, { ns?: number, samples?: number[], na?: string }>>} r.times  [workload][column]
 * @param {Record<string, Record<string, number[]>>} r.ratios  [workload]['signer / floor'] every group's ratio
 * @param {Record<string, Record<string, number[]>>} r.processRatios  [workload]['signer / floor'] each process's median
 * @param {{ nodeFloor: string, tightFloor: string, oursNode: string, webFloor: string, oursWeb: string, oursNodeWeb: string }} r.keys
 */
export function resultTable({ workloads, columns, times, ratios, processRatios, keys }) {
  const head = [
    'workload',
    ...columns,
    'node / floor',
    'WebCrypto / floor',
    'node / 2-hash floor',
    'node entry with WebCrypto / floor',
  ];
  const rows = [head, head.map(() => '---')];
  const verdicts = [];
  const summary = (values) => (values?.length ? summarize(values) : NO_RATIOS);
  for (const w of workloads) {
    const t = times[w.id];
    const cells = columns.map((c) => (t[c]?.na ? 'n/a' : fmt(t[c]?.ns ?? Number.NaN)));
    const pairOf = (signer, floor, withMeans = true) => ({
      r: summary(ratios[w.id][`${signer} / ${floor}`]),
      spread: processRatios?.[w.id]?.[`${signer} / ${floor}`] ?? [],
      means: withMeans ? trimmedRatio(t[signer], t[floor]) : Number.NaN,
    });
    const node = pairOf(keys.oursNode, keys.nodeFloor);
    const web = pairOf(keys.oursWeb, keys.webFloor);
    // Information only, and one side's samples come from another pair: no means ratio.
    const tight = pairOf(keys.oursNode, keys.tightFloor, false);
    const nodeWeb = pairOf(keys.oursNodeWeb, keys.webFloor, false);
    const worst = (p) => Math.max(p.r.median, p.means);
    // Every process's median within the target too: no plausible rerun would miss it.
    const steady = (p, target) => p.means <= target && p.spread.every((m) => m <= target);
    verdicts.push({
      id: w.id,
      rNode: worst(node),
      rWeb: worst(web),
      okNode: worst(node) <= TARGETS.node[w.id],
      okWeb: worst(web) <= TARGETS.webcrypto[w.id],
      clear: steady(node, TARGETS.node[w.id]) && steady(web, TARGETS.webcrypto[w.id]),
    });
    rows.push([
      `(${w.id}) ${w.title}`,
      ...cells,
      showRatio(node.r, node.spread, TARGETS.node[w.id], node.means),
      showRatio(web.r, web.spread, TARGETS.webcrypto[w.id], web.means),
      showRatio(tight.r, tight.spread),
      showRatio(nodeWeb.r, nodeWeb.spread),
    ]);
  }
  const markdown = rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  return { markdown, verdicts };
}

/** Reasons for n/a cells, listed under the table. */
export function naNotes(workloads, columns, timings) {
  const notes = [];
  for (const w of workloads) {
    for (const c of columns) {
      const na = timings[w.id][c]?.na;
      if (na) notes.push(`- (${w.id}) ${c}: n/a — ${na}`);
    }
  }
  return notes;
}

/** The whole RESULTS.md: how it was run, the table, the targets, the cross-check and the sizes. */
export function resultsDocument({
  started,
  loadAtStart,
  processes,
  rounds,
  batchMs,
  microMs,
  markdown,
  verdicts,
  notes,
  checkLines,
  alignments,
  sizes,
}) {
  const m = machine();
  // How this run was started: turbo sets TURBO_HASH in its tasks, pnpm sets npm_lifecycle_event.
  const args = process.argv.slice(2).join(' ');
  const script = `\`node bench/run.mjs${args && ` ${args}`}\``;
  const command = process.env.TURBO_HASH
    ? `\`pnpm bench\` at the repository root (turbo runs this package's \`bench\` script: ${script})`
    : process.env.npm_lifecycle_event === 'bench'
      ? `\`pnpm bench${args && ` ${args}`}\` in packages/signer (${script})`
      : `${script} in packages/signer`;
  const unclear = verdicts.filter((v) => !v.clear).map((v) => `(${v.id})`);
  const missed = verdicts.flatMap((v) => [
    ...(v.okNode ? [] : [`(${v.id}) node ${v.rNode.toFixed(2)}x > ${TARGETS.node[v.id]}x`]),
    ...(v.okWeb ? [] : [`(${v.id}) WebCrypto ${v.rWeb.toFixed(2)}x > ${TARGETS.webcrypto[v.id]}x`]),
  ]);
  return `# @iamkit/signer benchmark

Command: ${command}
Date: ${started.toISOString()}
Machine: ${m.cpu} (${m.cores} cores), Node ${m.node}, ${m.platform}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end
Run time: ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s

µs per signature (lower is better), every call awaited, after a warm-up of every call. ${processes}
fresh Node processes one after the other, each running ${rounds} interleaved rounds that measure every
workload. A signer and its floor run as groups of four short batches of about ${microMs} ms (at least one
call): floor, signer, signer, floor, the other way round in the next group, about ${batchMs} ms per side
and round. Every other column runs one batch of about ${batchMs} ms per round; the order rotates from
round to round. Times are the median over all samples (one per group, or per round). Ratios are
paired: each group of four gives signer / floor, both measured within about a millisecond under the
same load, so a preemption or a late thread wake-up spoils one group among thousands. Shown: the
median over the groups of all processes [the lowest and highest of the processes' own medians, which
shows how much one process's JIT and heap layout move it; the 10th–90th percentile of the groups;
"means": the ratio of the two sides' 10%-trimmed mean times, which charges each side the garbage
collections its allocations cause, where the median of groups mostly sees groups without one].
A target is met when both the median and the means ratio are within it.
Every column signs the same request to the same bytes (checked before timing).

${markdown}

Targets: node backend ≤ 1.5x its floor on (a)–(d) and ≤ 1.05x on (e); WebCrypto backend ≤ 1.3x its floor.
${missed.length === 0 ? 'All targets met (by the median group ratio and by the trimmed-mean ratio).' : `Targets missed (the worse of the median group ratio and the trimmed-mean ratio): ${missed.join('; ')}.`}
${unclear.length === 0 ? "Every process's median and every means ratio is within its target too." : `A process's median or a means ratio over a target: ${unclear.join(', ')}.`}
${notes.join('\n')}

Floors: the unavoidable work only: SHA-256 of the payload, SHA-256 of the workload's real canonical
request, HMAC-SHA256 of its string to sign with the signing key derived once, each to hex (node:crypto:
\`crypto.hash\` and \`createHmac\`; WebCrypto: \`subtle.digest\` ×2 and \`subtle.sign\` with a key imported
once, TextEncoder for strings). They are measured as async functions, like every signer (each call
awaited before the next starts, so a WebCrypto call is timed to its completion), and each must
produce the agreed signature; the WebCrypto signer must make the same \`crypto.subtle\` calls per
signature as the WebCrypto floor (counted before timing). The targets are against these floors, as issue 2 defines them.
"node:crypto floor, HMAC as 2 hashes" is a tighter floor, for information: the HMAC written out as
RFC 2104's two hashes with \`crypto.hash\` over a key padded once, which on Node 20 is cheaper than
\`createHmac\` for short messages (our node backend does this). The WebCrypto columns run on Node's own
WebCrypto, where every \`subtle\` call is a round trip to a worker thread: that, not hashing, is most of
the ~50–150 µs floor (it depends on how soon the threads wake, so on the machine's load). The WebCrypto
target is checked on the universal entry, which browsers, workers, Deno and Bun get (compact parts).
"node entry with WebCrypto" (the node entry's parts with \`crypto: webCryptoBackend\`) is for
information: the gap between the two WebCrypto columns is what the compact parts cost.

## Cross-check (fixed date ${amzDate}, before timing)

${checkLines.map((l) => `- ${l}`).join('\n')}

Header signing is compared on the whole Authorization value. Presigned URLs are compared on origin and
path, X-Amz-Signature and the decoded query parameters: aws4fetch serialises through URLSearchParams
(a space as \`+\`, \`~\` as %7E) and @smithy/signature-v4 returns a query object, so their URL
strings differ from ours byte-wise while meaning the same request and carrying the same signature.

How each signer was aligned (same headers signed, same payload hash, same date):

${alignments.join('\n')}

## Browser bundle size (sign + presign, esbuild --bundle --minify --platform=browser, gzip -9)

| signer | minified | gzip |
| --- | --- | --- |
| @iamkit/signer | ${sizes.ours.minifiedBytes} B | ${sizes.ours.gzipBytes} B ${sizes.ours.gzipBytes <= SIZE_BUDGET_BYTES ? '✓' : '✗'} (budget ${SIZE_BUDGET_BYTES} B) |
| aws4fetch (AwsV4Signer) | ${sizes.aws4fetch.minifiedBytes} B | ${sizes.aws4fetch.gzipBytes} B |
`;
}

const README_START = '<!-- bench table: written by `node bench/run.mjs --readme` -->';
const README_END = '<!-- end of bench table -->';

/**
 * The README with its bench table block (between the two markers) replaced by this run's command,
 * date, machine, table and verdicts, taken from the RESULTS document.
 */
export function readmeWithTable(readme, results) {
  const from = readme.indexOf(README_START);
  const to = readme.indexOf(README_END);
  if (from < 0 || to < from)
    throw new Error(`README.md has no bench table block (${README_START} ... ${README_END})`);
  const lines = results.split('\n');
  const pick = (prefix) => lines.find((l) => l.startsWith(prefix)) ?? '';
  const table = lines.filter((l) => l.startsWith('| ')).slice(0, 2 + 5);
  const verdicts = lines.filter((l) => /^(All targets|Targets missed|Every process|A process)/.test(l));
  const block = [
    README_START,
    '',
    `${pick('Command:')}  `,
    `${pick('Date:')}  `,
    `${pick('Machine:')}`,
    '',
    'µs per signature; ratios are the median of signer / floor over thousands of groups of four short',
    'alternating batches (floor, signer, signer, floor) from several fresh processes [lowest–highest of the',
    "processes' own medians; 10th–90th percentile of the groups; ratio of the 10%-trimmed mean times, which",
    'counts garbage collection in]. A target is met when the median and the means ratio are both within it.',
    'Method, cross-check and peer alignment: [`bench/RESULTS.md`](bench/RESULTS.md).',
    '',
    ...table,
    '',
    'Targets (issue 2): node ≤ 1.5x its floor on (a)–(d), ≤ 1.05x on (e); WebCrypto ≤ 1.3x its floor.',
    ...verdicts,
    '',
  ].join('\n');
  return readme.slice(0, from) + block + readme.slice(to);
}
