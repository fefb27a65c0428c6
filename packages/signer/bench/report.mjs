// Turns the measurements into the markdown that is printed and written to bench/RESULTS.md.

import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { SIZE_BUDGET_BYTES } from '../scripts/bundle-size.mjs';
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
/**
 * Signer / floor within each round (both measured moments apart, so a round's load and thread
 * wake-ups cancel out): the median over the rounds, and the range, which shows how steady it is.
 */
const ratio = (signer, floor) => {
  const a = signer?.perRound ?? [];
  const b = floor?.perRound ?? [];
  if (a.length === 0 || a.length !== b.length)
    return { median: Number.NaN, low: Number.NaN, high: Number.NaN };
  const ratios = a.map((x, i) => x / b[i]).sort((x, y) => x - y);
  const mid = ratios.length >> 1;
  const median = ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
  return { median, low: ratios[0], high: ratios.at(-1) };
};
const showRatio = (r, target) =>
  `${r.median.toFixed(2)}x ${target === undefined ? '' : `${r.median <= target ? '✓' : '✗'} (≤${target}) `}[${r.low.toFixed(2)}–${r.high.toFixed(2)}]`;

/**
 * @param {object} r
 * @param {{ id: string, title: string }[]} r.workloads
 * @param {string[]} r.columns  signer names, in table order
 * @param {Record<string, Record<string, { ns?: number, na?: string }>>} r.timings  [workload][signer]
 * @param {{ nodeFloor: string, tightFloor: string, oursNode: string, webFloor: string, oursWeb: string }} r.keys
 */
export function resultTable({ workloads, columns, timings, keys }) {
  const head = ['workload', ...columns, 'node / floor', 'WebCrypto / floor', 'node / 2-hash floor'];
  const rows = [head, head.map(() => '---')];
  const verdicts = [];
  for (const w of workloads) {
    const t = timings[w.id];
    const cells = columns.map((c) => (t[c]?.na ? 'n/a' : fmt(t[c]?.ns ?? Number.NaN)));
    const rNode = ratio(t[keys.oursNode], t[keys.nodeFloor]);
    const rWeb = ratio(t[keys.oursWeb], t[keys.webFloor]);
    const rTight = ratio(t[keys.oursNode], t[keys.tightFloor]);
    verdicts.push({
      id: w.id,
      rNode: rNode.median,
      rWeb: rWeb.median,
      okNode: rNode.median <= TARGETS.node[w.id],
      okWeb: rWeb.median <= TARGETS.webcrypto[w.id],
      steady: rNode.high <= TARGETS.node[w.id] && rWeb.high <= TARGETS.webcrypto[w.id],
    });
    rows.push([
      `(${w.id}) ${w.title}`,
      ...cells,
      showRatio(rNode, TARGETS.node[w.id]),
      showRatio(rWeb, TARGETS.webcrypto[w.id]),
      showRatio(rTight),
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
  rounds,
  timeMs,
  markdown,
  verdicts,
  notes,
  checkLines,
  alignments,
  sizes,
}) {
  const m = machine();
  // How this run was started: turbo sets TURBO_HASH in its tasks, pnpm sets npm_lifecycle_event.
  const command = process.env.TURBO_HASH
    ? "`pnpm bench` at the repository root (turbo runs this package's `bench` script: `node bench/run.mjs`)"
    : process.env.npm_lifecycle_event === 'bench'
      ? '`pnpm bench` in packages/signer (`node bench/run.mjs`)'
      : '`node bench/run.mjs` in packages/signer';
  const unsteady = verdicts.filter((v) => !v.steady).map((v) => `(${v.id})`);
  const missed = verdicts.flatMap((v) => [
    ...(v.okNode ? [] : [`(${v.id}) node ${v.rNode.toFixed(2)}x > ${TARGETS.node[v.id]}x`]),
    ...(v.okWeb ? [] : [`(${v.id}) WebCrypto ${v.rWeb.toFixed(2)}x > ${TARGETS.webcrypto[v.id]}x`]),
  ]);
  return `# @iamkit/signer benchmark

Command: ${command}
Date: ${started.toISOString()}
Machine: ${m.cpu} (${m.cores} cores), Node ${m.node}, ${m.platform}; load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end
Run time: ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s

µs per signature (lower is better): the median of mitata's samples, best of ${rounds} interleaved
rounds of ≥ ${timeMs} ms CPU each, after a warm-up of every call. Ratios are paired: the median over
the rounds of signer / floor within the same round (measured moments apart), [lowest–highest round].
Every column signs the same request to the same bytes (checked before timing).

${markdown}

Targets: node backend ≤ 1.5x its floor on (a)–(d) and ≤ 1.05x on (e); WebCrypto backend ≤ 1.3x its floor.
${missed.length === 0 ? 'All targets met by the medians.' : `Targets missed by the medians: ${missed.join('; ')}.`}
${unsteady.length === 0 ? 'Every round met every target.' : `Rounds over a target: ${unsteady.join(', ')} (the ranges show by how much).`}
${notes.join('\n')}

Floors: the unavoidable work only: SHA-256 of the payload, SHA-256 of the workload's real canonical
request, HMAC-SHA256 of its string to sign with the signing key derived once, each to hex (node:crypto:
\`crypto.hash\` and \`createHmac\`; WebCrypto: \`subtle.digest\` ×2 and \`subtle.sign\` with a key imported
once, TextEncoder for strings). They are measured as async functions, like every signer, and each
must produce the agreed signature. The targets are against these floors, as issue 2 defines them.
"node:crypto floor, HMAC as 2 hashes" is a tighter floor, for information: the HMAC written out as
RFC 2104's two hashes with \`crypto.hash\` over a key padded once, which on Node 20 is cheaper than
\`createHmac\` for short messages (our node backend does this). The WebCrypto columns run on Node's own WebCrypto, where every
\`subtle\` call is a round trip to a worker thread: that, not hashing, is most of the ~50 µs floor.

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
