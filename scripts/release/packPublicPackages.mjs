import { mkdirSync } from 'node:fs';
import { repoRoot } from './repoRoot.mjs';
import { runCommand } from './runCommand.mjs';
import { workspacePackages } from './workspacePackages.mjs';

/**
 * @typedef {object} PackedPackage
 * @property {string} name
 * @property {string} version
 * @property {string} dir the package's folder in the workspace
 * @property {string} tarball absolute path of the `.tgz`
 */

/**
 * Packs every public package under `<root>/packages/*` into `outDir` as it would be published:
 * `pnpm pack` takes only `files` (plus package.json, README, LICENSE, CHANGELOG) and rewrites `workspace:`
 * ranges to the versions they point at. Build first: the tarballs hold whatever `dist/` is there.
 *
 * @example
 * const packed = await packPublicPackages(mkdtempSync(join(tmpdir(), 'packs-')));
 * // [{ name: '@iamkit/signer', version: '0.0.0', dir: '/…/packages/signer', tarball: '/tmp/packs-…/iamkit-signer-0.0.0.tgz' }, …]
 * @param {string} outDir
 * @param {{ root?: string, signal?: AbortSignal | undefined }} [options] `root`: another checkout (default: this one)
 * @returns {Promise<PackedPackage[]>}
 */
export async function packPublicPackages(outDir, { root = repoRoot, signal } = {}) {
  mkdirSync(outDir, { recursive: true });
  const publicOnes = workspacePackages(root).filter((pkg) => !pkg.private);
  return Promise.all(
    publicOnes.map(async ({ name, version, dir }) => {
      const output = await runCommand('pnpm', ['pack', '--json', '--pack-destination', outDir], {
        cwd: dir,
        signal,
      });
      const { filename } = JSON.parse(output);
      return { name, version, dir, tarball: filename };
    }),
  );
}
