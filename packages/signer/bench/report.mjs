// Turns the measurements into the markdown that is printed and written to bench/RESULTS.md.

import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

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
const ratio = (a, b) => (a && b ? a / b : Number.NaN);

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
    const rNode = ratio(t[keys.oursNode]?.ns, t[keys.nodeFloor]?.ns);
    const rWeb = ratio(t[keys.oursWeb]?.ns, t[keys.webFloor]?.ns);
    const rTight = ratio(t[keys.oursNode]?.ns, t[keys.tightFloor]?.ns);
    const okNode = rNode <= TARGETS.node[w.id];
    const okWeb = rWeb <= TARGETS.webcrypto[w.id];
    verdicts.push({ id: w.id, rNode, rWeb, okNode, okWeb });
    rows.push([
      `(${w.id}) ${w.title}`,
      ...cells,
      `${rNode.toFixed(2)}x ${okNode ? '✓' : '✗'} (≤${TARGETS.node[w.id]})`,
      `${rWeb.toFixed(2)}x ${okWeb ? '✓' : '✗'} (≤${TARGETS.webcrypto[w.id]})`,
      `${rTight.toFixed(2)}x`,
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
