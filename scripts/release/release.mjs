// `pnpm release` (after `turbo run build`): the checks of checkBeforePublish, then `changeset publish`.
// Extra arguments go to `changeset publish` (e.g. `--tag next`). The rehearsal runs this same function
// against a registry on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBeforePublish } from './checkBeforePublish.mjs';
import { repoRoot } from './repoRoot.mjs';
import { runCommand } from './runCommand.mjs';

/**
 * Checks the release, then publishes every public package not yet in the registry at its version.
 *
 * @example
 * await release({ publishArgs: ['--tag', 'next'] });
 * @param {object} [options]
 * @param {string} [options.root] the checkout to release (default: this one)
 * @param {string[]} [options.publishArgs] extra arguments of `changeset publish`
 * @param {NodeJS.ProcessEnv} [options.env] the environment of `changeset publish` (registry, token)
 * @param {AbortSignal | undefined} [options.signal]
 * @param {boolean} [options.inherit] show the publish output as it comes (the CLI) instead of capturing it
 * @returns {Promise<string>} what `changeset publish` printed (empty when shown as it came)
 */
export async function release({
  root = repoRoot,
  publishArgs = [],
  env = process.env,
  signal,
  inherit = false,
} = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'iamkit-release-check-'));
  try {
    await checkBeforePublish(root, outDir, { signal });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return runCommand('pnpm', ['exec', 'changeset', 'publish', ...publishArgs], {
    cwd: root,
    env,
    signal,
    inherit,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  release({ publishArgs: process.argv.slice(2), inherit: true }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
