import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ConformanceReport } from '../../program/main.js';
import { bundleProgram } from './bundleProgram.js';
import type { ControlServer } from './controlServer.js';
import { runChromium } from './runChromium.js';
import { runProcess } from './runProcess.js';
import { runWorkerd } from './runWorkerd.js';
import type { ScratchProject } from './scratchProject.js';

export interface RunContext {
  project: ScratchProject;
  control: ControlServer;
  /** This runtime's path on the control server: the program fetches `${base}/input`. */
  base: string;
  /** Settles when the runtime's report arrives. */
  report: Promise<ConformanceReport>;
  timeoutMs: number;
}

export interface RuntimeRun {
  version: string;
  /** For bundled runtimes: the file each package resolved to (the others report their own resolution). */
  bundled?: Record<string, string>;
}

export interface Runtime {
  label: string;
  title: string;
  /** Exact-pinned in the lockfile (tests/runtimes), as opposed to the machine's own (Debian's Chromium). */
  pinned: boolean;
  /** Calls moto through the control server's same-origin proxy rather than directly. */
  viaProxy?: boolean;
  run(context: RunContext): Promise<RuntimeRun>;
}

const runtimesPackage = createRequire(import.meta.url).resolve('@iamkit/matrix-runtimes/package.json');
const installed = (path: string) => join(dirname(runtimesPackage), 'node_modules', path);
const fromRuntimes = createRequire(runtimesPackage);

// The host of a runtime with its own module resolution: resolves the packages as the program will
// import them and runs the program. Written per run: it carries the control server's address.
const esmHost = ({ project, base }: RunContext) => `import { main } from './conformance.mjs';
const names = ${JSON.stringify(project.names)};
await main(${JSON.stringify(base)}, Object.fromEntries(names.map((name) => [name, import.meta.resolve(name)])));
`;
const cjsHost = ({ project, base }: RunContext) => `const { main } = require('./conformance.cjs');
const names = ${JSON.stringify(project.names)};
main(${JSON.stringify(base)}, Object.fromEntries(names.map((name) => [name, require.resolve(name)]))).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

async function runHost(
  context: RunContext,
  file: string,
  source: string,
  [command, ...args]: [string, ...string[]],
  env: NodeJS.ProcessEnv = process.env,
) {
  writeFileSync(join(context.project.dir, file), source);
  await runProcess(command, [...args, file], { cwd: context.project.dir, env, timeoutMs: context.timeoutMs });
}

const versionOf = async (binary: string, dir: string) =>
  (await runProcess(binary, ['--version'], { cwd: dir })).match(/\d+\.\d+\.\d+/)?.[0] ?? 'unknown';

function nodeRuntime(major: 20 | 22 | 24, format: 'esm' | 'cjs'): Runtime {
  const binary = installed(`node${major}/bin/node`);
  const file = `host-node${major}.${format === 'esm' ? 'mjs' : 'cjs'}`;
  return {
    label: `node${major}-${format}`,
    title: `Node ${major}${format === 'cjs' ? ' (CommonJS)' : ' (ESM)'}`,
    pinned: true,
    run: async (context) => {
      await runHost(context, file, (format === 'esm' ? esmHost : cjsHost)(context), [binary]);
      return { version: await versionOf(binary, context.project.dir) };
    },
  };
}

const deno: Runtime = {
  label: 'deno',
  title: 'Deno (local node_modules)',
  pinned: true,
  run: async (context) => {
    const binary = installed('deno/deno');
    const { dir } = context.project;
    // Only loopback and the project: a package reaching for the environment or other files fails here.
    const args = [
      'run',
      '--node-modules-dir=manual',
      '--no-lock',
      '--allow-net=127.0.0.1',
      `--allow-read=${dir}`,
    ];
    const env = { ...process.env, DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
    await runHost(context, 'host-deno.mjs', esmHost(context), [binary, ...args], env);
    return { version: await versionOf(binary, dir) };
  },
};

const bun: Runtime = {
  label: 'bun',
  title: 'Bun',
  pinned: true,
  run: async (context) => {
    const binary = installed('bun/bin/bun.exe');
    await runHost(context, 'host-bun.mjs', esmHost(context), [binary, '--no-install']);
    return { version: await versionOf(binary, context.project.dir) };
  },
};

// Wrangler's bundling: esbuild, browser platform, the workerd/worker/browser conditions, ES module.
const WRANGLER_CONDITIONS = ['workerd', 'worker', 'browser'];

const workerd: Runtime = {
  label: 'workerd',
  title: 'workerd (Wrangler-style bundle)',
  pinned: true,
  run: async (context) => {
    const {
      default: binary,
      compatibilityDate,
      version,
    } = fromRuntimes('workerd') as {
      default: string;
      compatibilityDate: string;
      version: string;
    };
    const bundled = await bundleProgram({
      dir: context.project.dir,
      outfile: 'worker.js',
      names: context.project.names,
      conditions: WRANGLER_CONDITIONS,
      entrySource: `import { main } from './conformance.mjs';
export default {
  async fetch() {
    await main(${JSON.stringify(context.base)});
    return new Response('done');
  },
};
`,
    });
    await runWorkerd({
      binary,
      compatibilityDate,
      dir: context.project.dir,
      worker: 'worker.js',
      timeoutMs: context.timeoutMs,
    });
    return { version, bundled };
  },
};

const chromium: Runtime = {
  label: 'chromium',
  title: 'Chromium (esbuild bundle)',
  pinned: false,
  viaProxy: true,
  run: async (context) => {
    const bundled = await bundleProgram({
      dir: context.project.dir,
      outfile: 'browser.js',
      names: context.project.names,
      entrySource: `import { main } from './conformance.mjs';\nmain(${JSON.stringify(context.base)});\n`,
    });
    context.control.serveStatic(
      'browser.js',
      'text/javascript',
      readFileSync(join(context.project.dir, 'browser.js'), 'utf8'),
    );
    context.control.serveStatic(
      'index.html',
      'text/html',
      '<!doctype html><script type="module" src="browser.js"></script>',
    );
    const version = await runChromium(
      `${context.control.url}/static/index.html`,
      context.report,
      context.timeoutMs,
    );
    return { version, bundled };
  },
};

/** Every runtime of the matrix, in the order of the README's table. */
export const RUNTIMES: readonly Runtime[] = [
  nodeRuntime(20, 'esm'),
  nodeRuntime(20, 'cjs'),
  nodeRuntime(22, 'esm'),
  nodeRuntime(24, 'esm'),
  deno,
  bun,
  workerd,
  chromium,
];
