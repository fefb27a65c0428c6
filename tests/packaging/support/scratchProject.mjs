import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCommand } from '../../../scripts/release/runCommand.mjs';

// Where @iamkit/* come from when no registry is given: a closed loopback port, so a package that is not
// among the tarballs fails the install instead of being fetched from the public registry. npm still asks
// it about the tarballs' dependencies on each other (and keeps the tarballs when refused): no retries,
// or each refusal costs a minute of backoff.
const NO_REGISTRY = 'http://127.0.0.1:9/';

/**
 * @typedef {object} ScratchProject
 * @property {string} dir the project folder (in the OS temp dir, outside any workspace)
 * @property {(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv }) => Promise<string>} run
 *   runs a command in `dir`; resolves with its stdout, rejects with its output when it exits non-zero
 * @property {(file: string, text: string) => void} write writes a file under `dir` (folders created)
 * @property {() => void} remove deletes the project
 */

/**
 * An empty npm project in the OS temp dir, outside the workspace (so no workspace package can be
 * resolved by walking up), with `install` installed by npm: tarball paths and/or `name@version` specs.
 * `@iamkit/*` come only from the tarballs, or from `registry` when given (an `.npmrc` scope);
 * everything else (ky, @types/node) from npm's cache first, else the npm registry.
 *
 * @example
 * const packed = await packPublicPackages(outDir);
 * const project = await scratchProject({ install: packed.map((pkg) => pkg.tarball) });
 * try { await project.run('node', ['check.mjs']); } finally { project.remove(); }
 * @param {object} options
 * @param {string[]} options.install what to `npm install`
 * @param {string} [options.registry] the registry our packages are installed from
 * @param {AbortSignal | undefined} [options.signal]
 * @returns {Promise<ScratchProject>}
 */
export async function scratchProject({ install, registry, signal }) {
  const dir = mkdtempSync(join(tmpdir(), 'iamkit-scratch-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  /** @type {ScratchProject['run']} */
  const run = (command, args, { env = process.env } = {}) =>
    runCommand(command, args, { cwd: dir, env, signal });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'iamkit-scratch', private: true }, null, 2)}\n`,
  );
  const scope = registry
    ? `@iamkit:registry=${registry}\n`
    : `@iamkit:registry=${NO_REGISTRY}\nfetch-retries=0\n`;
  writeFileSync(join(dir, '.npmrc'), `${scope}audit=false\nfund=false\nupdate-notifier=false\n`);
  try {
    await run('npm', [
      'install',
      '--prefer-offline',
      '--save-exact',
      '--no-package-lock',
      '--ignore-scripts',
      ...install,
    ]);
  } catch (error) {
    remove();
    throw error;
  }
  return {
    dir,
    run,
    write: (file, text) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    remove,
  };
}
