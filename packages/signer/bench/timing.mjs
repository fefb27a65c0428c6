// Paired, interleaved timing (see run.mjs for why). Every round measures every workload. Each
// pair (a signer and its floor) runs as groups of four short back-to-back batches, floor, signer,
// signer, floor (the other way round every other group), about `batchMs` per side and round; each
// group gives one ratio, the signer's time per call over the floor's, both measured within about
// a millisecond, so a change of load weighs on both sides alike, and a group that a preemption or
// a late thread wake-up hit is one outlier among many, which the median ignores. Every other
// column runs one batch per round. A short batch holds about `microMs` of awaited calls (at least
// one), a batch of an unpaired column about `batchMs`.

const QUADS_MIN = 2;

/**
 * Times `calls` awaited calls of `fn`; returns ns per call. The sink keeps results alive, so no
 * call can be skipped.
 */
const kept = { result: undefined };
async function batch(fn, calls) {
  const start = performance.now();
  for (let i = 0; i < calls; i++) kept.result = await fn();
  return ((performance.now() - start) * 1e6) / calls;
}

/** Calls per batch for `fn`: about `batchMs` worth, at least one. */
async function calibrate(fn, batchMs) {
  let calls = 1;
  for (;;) {
    const ns = await batch(fn, calls);
    if (ns * calls >= 1e6 * Math.min(batchMs, 2) || calls >= 1 << 20) {
      return Math.max(1, Math.round((batchMs * 1e6) / ns));
    }
    calls *= 2;
  }
}

const median = (sorted) => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median of `values` and their 10th and 90th percentiles. */
export function summarize(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  const at = (rank) => sorted[Math.min(n - 1, Math.max(0, Math.round(rank)))];
  return { median: median(sorted), p10: at(0.1 * (n - 1)), p90: at(0.9 * (n - 1)), n };
}

/**
 * @param {object} o
 * @param {{ id: string }[]} o.workloads
 * @param {Record<string, { fns: Record<string, () => Promise<unknown>>, na: Record<string, string> }>} o.plans
 * @param {string[]} o.columns  every column, in table order
 * @param {{ signer: string, floor: string }[]} o.pairs  the signers measured paired with a floor
 * @param {number} o.rounds
 * @param {number} o.batchMs  time per side of a pair in a round, and of any other column's batch
 * @param {number} o.microMs  time of one short batch of a pair
 * @param {(line: string) => void} [o.log]
 * @returns {Promise<{
 *   times: Record<string, Record<string, { ns?: number, samples?: number[], na?: string }>>,
 *   ratios: Record<string, Record<string, number[]>>,
 * }>}  per workload and column the median ns per call (and every sample: one per group of four,
 *   or per round); per workload and `signer / floor` every group's ratio
 */
export async function timeAll({
  workloads,
  plans,
  columns,
  pairs,
  rounds,
  batchMs,
  microMs,
  log = () => {},
}) {
  // First every call runs for a while, so that no column is measured while the JIT is still
  // compiling code it shares with others; then each gets its batch size.
  const calls = {};
  const micro = {};
  const paired = new Set(pairs.flatMap((p) => [p.signer, p.floor]));
  for (const w of workloads) {
    calls[w.id] = {};
    micro[w.id] = {};
    for (const fn of Object.values(plans[w.id].fns)) {
      for (const until = performance.now() + 50; performance.now() < until; ) kept.result = await fn();
    }
    for (const [name, fn] of Object.entries(plans[w.id].fns)) {
      calls[w.id][name] = await calibrate(fn, batchMs);
      micro[w.id][name] = Math.max(1, Math.round((calls[w.id][name] * microMs) / batchMs));
    }
  }
  const times = {};
  const ratios = {};
  for (const w of workloads) {
    times[w.id] = {};
    ratios[w.id] = {};
    for (const [name, reason] of Object.entries(plans[w.id].na)) times[w.id][name] = { na: reason };
    for (const name of columns) if (plans[w.id].fns[name]) times[w.id][name] = { samples: [] };
    for (const { signer, floor } of pairs) ratios[w.id][`${signer} / ${floor}`] = [];
  }
  // A column in several pairs keeps the samples of the first one.
  const sampledIn = new Map();
  for (const pair of pairs)
    for (const name of [pair.signer, pair.floor]) if (!sampledIn.has(name)) sampledIn.set(name, pair);
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    // Round-major: a burst of load from other processes hits a few rounds of every workload,
    // never all rounds of one. The order of the groups rotates.
    for (const w of workloads) {
      const { fns } = plans[w.id];
      const n = calls[w.id];
      const m = micro[w.id];
      const groups = [
        ...pairs.map((p) => ({ pair: p })),
        ...columns.filter((c) => fns[c] && !paired.has(c)).map((c) => ({ column: c })),
      ];
      const shift = round % groups.length;
      for (const group of [...groups.slice(shift), ...groups.slice(0, shift)]) {
        if (group.column) {
          times[w.id][group.column].samples.push(await batch(fns[group.column], n[group.column]));
          continue;
        }
        const { pair } = group;
        const { signer, floor } = pair;
        const quads = Math.max(
          QUADS_MIN,
          Math.round(n[signer] / m[signer] / 2),
          Math.round(n[floor] / m[floor] / 2),
        );
        for (let q = 0; q < quads; q++) {
          const [first, second] = (round + q) % 2 ? [signer, floor] : [floor, signer];
          const a1 = await batch(fns[first], m[first]);
          const b1 = await batch(fns[second], m[second]);
          const b2 = await batch(fns[second], m[second]);
          const a2 = await batch(fns[first], m[first]);
          const perCall = { [first]: (a1 + a2) / 2, [second]: (b1 + b2) / 2 };
          ratios[w.id][`${signer} / ${floor}`].push(perCall[signer] / perCall[floor]);
          for (const name of [signer, floor]) {
            if (sampledIn.get(name) === pair) times[w.id][name].samples.push(perCall[name]);
          }
        }
      }
    }
    if ((round + 1) % Math.ceil(rounds / 5) === 0 || round + 1 === rounds) {
      log(`round ${round + 1}/${rounds} done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  for (const w of workloads) {
    for (const entry of Object.values(times[w.id])) {
      if (entry.samples) entry.ns = median([...entry.samples].sort((x, y) => x - y));
    }
  }
  return { times, ratios, calls };
}

/**
 * Pools the measurements of several processes: every sample and every group ratio together,
 * medians over the pool, and each process's own median group ratio per pair.
 * @param {Awaited<ReturnType<typeof timeAll>>[]} results
 */
export function pool(results) {
  const times = {};
  const ratios = {};
  const processRatios = {};
  const listIn = (table, key) => {
    table[key] ??= [];
    return table[key];
  };
  for (const result of results) {
    for (const [id, columns] of Object.entries(result.times)) {
      times[id] ??= {};
      for (const [name, entry] of Object.entries(columns)) {
        times[id][name] ??= entry.na ? entry : { samples: [] };
        if (!entry.na) times[id][name].samples.push(...entry.samples);
      }
    }
    for (const [id, pairs] of Object.entries(result.ratios)) {
      ratios[id] ??= {};
      processRatios[id] ??= {};
      for (const [key, values] of Object.entries(pairs)) {
        listIn(ratios[id], key).push(...values);
        listIn(processRatios[id], key).push(summarize(values).median);
      }
    }
  }
  for (const columns of Object.values(times)) {
    for (const entry of Object.values(columns)) if (entry.samples) entry.ns = summarize(entry.samples).median;
  }
  return { times, ratios, processRatios };
}
