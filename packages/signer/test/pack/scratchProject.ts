import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/signer, whatever the working directory of the test runner. */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The workspace's own TypeScript: the scratch project installs nothing but our tarball. */
export const tscPath = join(
  dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
  'bin',
  'tsc',
);

export interface ScratchProject {
  dir: string;
  tarball: string;
  /** Runs `command args` in the scratch project; throws with its output when it exits non-zero. */
  run(command: string, args: string[]): string;
  write(file: string, text: string): void;
  remove(): void;
}

/**
 * Packs the signer as it would be published (`pnpm pack`: only `files`, workspace protocol rewritten)
 * and installs the tarball with npm into an empty project in a temp dir, with no registry access:
 * the package has no dependencies, so nothing else may be needed.
 */
export function packAndInstall(): ScratchProject {
  const root = mkdtempSync(join(tmpdir(), 'iamkit-signer-pack-'));
  const packDir = join(root, 'pack');
  const dir = join(root, 'project');
  mkdirSync(packDir);
  mkdirSync(dir);
  const run = (command: string, args: string[], cwd = dir): string => {
    try {
      return execFileSync(command, args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(`${command} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
    }
  };
  run('pnpm', ['pack', '--pack-destination', packDir], packageDir);
  const tgz = readdirSync(packDir).find((file) => file.endsWith('.tgz'));
  if (!tgz) throw new Error(`pnpm pack wrote no .tgz into ${packDir}`);
  const tarball = join(packDir, tgz);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'scratch', private: true, version: '0.0.0' }),
  );
  run('npm', ['install', '--offline', '--no-package-lock', '--ignore-scripts', tarball]);
  return {
    dir,
    tarball,
    run,
    write: (file, text) => writeFileSync(join(dir, file), text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
