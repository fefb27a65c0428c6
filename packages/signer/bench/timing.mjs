// Timing of every column of every workload with mitata, interleaved (see run.mjs for why).
import { do_not_optimize, measure } from 'mitata';

/**
 * @param {object} o
 * @param {{ id: string }[]} o.workloads
 * @param {Record<string, { fns: Record<string, () => Promise<unknown>>, na: Record<string, string> }>} o.plans
 * @param {string[]} o.columns
 * @param {number} o.rounds
 * @param {number} o.timeMs  minimum CPU time per measurement
 * @returns {Promise<Record<string, Record<string, { ns?: number, perRound?: number[], na?: string }>>>}
 *   per workload and column: the fastest median over the rounds (ns per call), and each round's
 */
export async function timeAll({ workloads, plans, columns, rounds, timeMs }) {
  // First every call runs for a while, so that no column is measured while the JIT is still
  // compiling code it shares with others.
  for (const w of workloads) {
    for (const fn of Object.values(plans[w.id].fns)) {
      for (const until = performance.now() + 20; performance.now() < until; ) await fn();
    }
  }
  const timings = {};
  for (const w of workloads) {
    timings[w.id] = {};
    for (const [name, reason] of Object.entries(plans[w.id].na)) timings[w.id][name] = { na: reason };
  }
  // Round-major: every workload is measured in every round, so a burst of load from other
  // processes hits one round of each workload, never all rounds of one. The column order rotates.
  for (let round = 0; round < rounds; round++) {
    for (const w of workloads) {
      const { fns } = plans[w.id];
      const order = [...columns.slice(round % columns.length), ...columns.slice(0, round % columns.length)];
      for (const name of order) {
        const fn = fns[name];
        if (!fn) continue;
        const stats = await measure(
          async () => {
            do_not_optimize(await fn());
          },
          { min_cpu_time: timeMs * 1e6 },
        );
        if (!timings[w.id][name]) timings[w.id][name] = { ns: Number.POSITIVE_INFINITY, perRound: [] };
        const entry = timings[w.id][name];
        entry.ns = Math.min(entry.ns, stats.p50);
        entry.perRound.push(stats.p50);
      }
    }
    console.log(`round ${round + 1}/${rounds} done`);
  }
  return timings;
}
