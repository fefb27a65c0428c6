// @iamkit/cognito vs the libraries an app would otherwise use, and vs ky's own floor, in one run:
//   1. browser bundles (min+gzip): an SRP sign-in vs amazon-cognito-identity-js        target ≤ 1/3
//      one unsigned InitiateAuth vs @aws-sdk/client-cognito-identity-provider          target ≤ 1/6
//   2. cold start: fresh node process importing, constructing, sending one signed AdminGetUser to a
//      canned loopback server; time above `node -e 0`, median       target: ≤ importing ky alone + 10 ms
//   3. requests/s at concurrency 1 and 16 against that server   target: ≥ 95% of ky alone at 16
// The approach is the IAM bench's (packages/iam/bench): interleaved runs, fresh processes, medians.
// Usage: node bench/run.mjs [--results] [--cold-runs N] [--seconds S] [--rounds R]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundles } from './bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const coldRuns = option('--cold-runs', 20);
const seconds = option('--seconds', 2);
const rounds = option('--rounds', 3);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const verdict = (ok) => (ok ? 'met' : '**missed**');

const loadAtStart = loadavg();
const { sizes, signerInOurs, breakdown } = await measureBundles();
console.log('bundles (min+gzip bytes):', sizes, breakdown, { signerInOurs });

const server = spawn(process.execPath, [join(here, 'cannedServer.mjs')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise((resolve) =>
  server.stdout.once('data', (d) => resolve(Number(String(d).trim()))),
);
const endpoint = `http://127.0.0.1:${port}`;

try {
  const time = (argv) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { cwd: here, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const subjects = ['ours', 'sdk', 'kyFloor', 'kyImport'];
  const cold = { bare: [], ours: [], sdk: [], kyFloor: [], kyImport: [] };
  for (let i = 0; i < 2; i++) for (const s of subjects) time(['coldStart.mjs', s, endpoint]);
  for (let i = 0; i < coldRuns; i++) {
    cold.bare.push(time(['-e', '0']));
    for (const s of subjects) cold[s].push(time(['coldStart.mjs', s, endpoint]));
  }
  const bare = median(cold.bare);
  const coldMs = Object.fromEntries(subjects.map((s) => [s, median(cold[s]) - bare]));
  console.log('cold start above bare node (median ms):', coldMs);

  const load = (which, concurrency) => {
    const r = spawnSync(
      process.execPath,
      ['load.mjs', which, endpoint, String(concurrency), String(seconds)],
      {
        cwd: here,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`load ${which} failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const loadClients = ['ours', 'sdk', 'kyFloor', 'httpFloor'];
  const samples = { 1: {}, 16: {} };
  for (let round = 0; round < rounds; round++) {
    for (const c of [1, 16])
      for (const w of loadClients) samples[c][w] = [...(samples[c][w] ?? []), load(w, c)];
  }
  const rps = {};
  for (const c of [1, 16]) {
    rps[c] = Object.fromEntries(loadClients.map((w) => [w, median(samples[c][w].map((r) => r.rps))]));
    console.log(`concurrency ${c}:`, rps[c]);
  }
  const loadAtEnd = loadavg();

  const srpRatio = sizes.srpOurs / sizes.srpReference;
  const initiateRatio = sizes.initiateOurs / sizes.initiateSdk;
  const coldOverKy = coldMs.ours - coldMs.kyImport;
  const rows = [
    [
      'browser bundle, SRP sign-in (min+gzip)',
      `${fmt(sizes.srpOurs)} B`,
      `${fmt(sizes.srpReference)} B (amazon-cognito-identity-js)`,
      fmt(srpRatio, 3),
      '≤ 1/3',
      verdict(srpRatio <= 1 / 3),
    ],
    [
      'browser bundle, one unsigned InitiateAuth (min+gzip)',
      `${fmt(sizes.initiateOurs)} B`,
      `${fmt(sizes.initiateSdk)} B (SDK)`,
      fmt(initiateRatio, 3),
      '≤ 1/6',
      verdict(initiateRatio <= 1 / 6),
    ],
    [
      'AdminGetUser cold start above `node -e 0` (median)',
      `${fmt(coldMs.ours, 1)} ms`,
      `${fmt(coldMs.sdk, 1)} ms (SDK)`,
      `ky import ${fmt(coldMs.kyImport, 1)} ms; ours +${fmt(coldOverKy, 1)} ms`,
      '≤ ky + 10 ms',
      verdict(coldOverKy <= 10),
    ],
    ...[1, 16].map((c) => [
      `AdminGetUser requests/s, concurrency ${c}`,
      fmt(rps[c].ours),
      `${fmt(rps[c].sdk)} (SDK)`,
      `ky alone ${fmt(rps[c].kyFloor)}; ours ${fmt((rps[c].ours / rps[c].kyFloor) * 100)}%`,
      c === 16 ? '≥ 95% of ky' : '–',
      c === 16 ? verdict(rps[16].ours / rps[16].kyFloor >= 0.95) : '',
    ]),
  ];
  const table = [
    '| measure | @iamkit/cognito | peer | ratio / floor | target | |',
    '| --- | ---: | ---: | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const floors = `Floors in the same run (unsigned POST, no client): bare \`node:http\` keep-alive ${fmt(rps[1].httpFloor)} req/s at c=1, ${fmt(rps[16].httpFloor)} at c=16; ky plus one POST cold start ${fmt(coldMs.kyFloor, 1)} ms above \`node -e 0\`.`;
  const parts = [
    '| part of our InitiateAuth bundle | min+gzip bytes |',
    '| --- | ---: |',
    ...Object.entries(breakdown).map(([k, v]) => `| ${k} | ${fmt(v)} |`),
  ].join('\n');
  const signer = `Signer code in our browser bundles (\`AWS4-HMAC-SHA256\`): ${signerInOurs ? '**present**' : 'none'}.`;
  console.log(`\n${table}\n\n${floors}\n\n${signer}\n\n${parts}\n`);
  if (args.includes('--results')) {
    const version = (name) =>
      JSON.parse(readFileSync(join(here, `../node_modules/${name}/package.json`), 'utf8')).version;
    writeFileSync(
      join(here, 'RESULTS.md'),
      `# @iamkit/cognito benchmark results\n\nCommand: \`pnpm --filter @iamkit/cognito bench\` (\`node bench/run.mjs --results\`; part of root \`pnpm bench\`).\n\n` +
        `Run ${new Date().toISOString()} on ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}, ` +
        `@aws-sdk/client-cognito-identity-provider ${version('@aws-sdk/client-cognito-identity-provider')}, amazon-cognito-identity-js ${version('amazon-cognito-identity-js')}, ky ${version('ky')}. ` +
        `Cold start: median of ${coldRuns} interleaved runs; throughput: median of ${rounds} interleaved rounds of ${seconds} s per client and concurrency, ` +
        `each in a fresh process after 500 warm-up calls, against a canned AdminGetUser server in its own process on 127.0.0.1. ` +
        `The machine was shared with other work (2 cores, several sessions): load average ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')} at the start, ` +
        `${loadAtEnd.map((l) => l.toFixed(2)).join(' / ')} at the end, so absolute figures are noisy; the side-by-side ratios are what to read.\n\n` +
        `${table}\n\n${floors}\n\n${signer}\n\nWhere the InitiateAuth bundle bytes go (each dependency dropped in turn):\n\n${parts}\n`,
    );
    // The README shows the same table between its bench markers.
    const readmePath = join(here, '../README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const start = '<!-- bench:start -->';
    writeFileSync(
      readmePath,
      `${readme.slice(0, readme.indexOf(start) + start.length)}\n\nRun ${new Date().toISOString().slice(0, 10)} on a shared ${cpus().length}-vCPU machine (load average ${loadAtStart[0].toFixed(1)} at the start; see bench/RESULTS.md):\n\n${table}\n\n${floors}\n\n${readme.slice(readme.indexOf('<!-- bench:end -->'))}`,
    );
    console.log('wrote bench/RESULTS.md and the README table');
  }
} finally {
  server.kill('SIGTERM');
}
