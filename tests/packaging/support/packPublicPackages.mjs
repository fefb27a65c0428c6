// Packs every public workspace package (packages/* without `"private": true`) as it would be
// published: `pnpm pack`, so only `files` go in and `workspace:` ranges become real versions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * @typedef {{ name: string, version: string, dir: string, tarball: string }} PackedPackage
 *   `dir` is the package's folder in the workspace, `tarball` the absolute path of its `.tgz`.
 */

/** @returns {{ name: string, version: string, dir: string }[]} the public packages, by folder name */
function publicPackages() {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: manifest.name, version: manifest.version, private: manifest.private === true, dir };
    })
    .filter((pkg) => !pkg.private)
    .map(({ name, version, dir }) => ({ name, version, dir }));
}

/**
 * Packs each public package into `outDir` (created if missing). The packages must be built
 * (`dist/`): a package without it is an error, not an empty tarball.
 *
 * @param {string} outDir
 * @returns {PackedPackage[]}
 * @example
 * const packed = packPublicPackages(mkdtempSync(join(tmpdir(), 'pack-')));
 * // [{ name: '@iamkit/signer', version: '0.0.0', dir: '/…/packages/signer', tarball: '/…/iamkit-signer-0.0.0.tgz' }, …]
 */
export function packPublicPackages(outDir) {
  mkdirSync(outDir, { recursive: true });
  return publicPackages().map((pkg) => {
    if (!existsSync(join(pkg.dir, 'dist'))) throw new Error(`${pkg.name}: no dist/, build it first`);
    const before = new Set(readdirSync(outDir));
    execFileSync('pnpm', ['pack', '--pack-destination', outDir], { cwd: pkg.dir, stdio: 'pipe' });
    const tgz = readdirSync(outDir).find((file) => file.endsWith('.tgz') && !before.has(file));
    if (!tgz) throw new Error(`${pkg.name}: pnpm pack wrote no .tgz into ${outDir}`);
    return { ...pkg, tarball: join(outDir, tgz) };
  });
}
