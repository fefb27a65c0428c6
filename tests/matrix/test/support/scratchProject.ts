import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error: plain JavaScript without declarations, shared with the packaging tests
import { packPublicPackages } from '../../../packaging/support/packPublicPackages.mjs';

export interface PackedPackage {
  name: string;
  version: string;
  dir: string;
  tarball: string;
}

export interface ScratchProject {
  dir: string;
  packages: PackedPackage[];
  /** The public packages' names, e.g. `@iamkit/signer`. */
  names: string[];
}

const programMain = fileURLToPath(new URL('../../program/main.ts', import.meta.url));

/**
 * Packs every public package and installs the tarballs with npm into an empty project under `root`,
 * as a user would (their registry dependencies, such as ky, come from the npm registry or its cache).
 * Then compiles the conformance program into it twice, `conformance.mjs` and `conformance.cjs`, with
 * the packages left as imports, so each runtime resolves them itself.
 */
export async function createScratchProject(root: string): Promise<ScratchProject> {
  const dir = join(root, 'project');
  mkdirSync(dir, { recursive: true });
  const packages = packPublicPackages(join(root, 'tarballs')) as PackedPackage[];
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'matrix-scratch', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-package-lock',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      ...packages.map((p) => p.tarball),
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  for (const format of ['esm', 'cjs'] as const) {
    await build({
      entryPoints: [programMain],
      outfile: join(dir, format === 'esm' ? 'conformance.mjs' : 'conformance.cjs'),
      bundle: true,
      packages: 'external',
      format,
      platform: 'neutral',
      target: 'es2022',
      logLevel: 'silent',
    });
  }
  return { dir, packages, names: packages.map((p) => p.name) };
}
