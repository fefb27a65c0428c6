import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCommand } from './runCommand.mjs';

const GIT_IDENTITY = [
  '-c',
  'user.name=release rehearsal',
  '-c',
  'user.email=rehearsal@localhost',
  '-c',
  'commit.gpgsign=false',
];

/**
 * Copies the checkout's files as they are now (tracked and untracked, minus what .gitignore excludes:
 * node_modules, dist, caches) into `dir`, makes it a git repository of its own with one commit (the
 * changelog writer looks up the commit of each changeset; {@link resetRepoCopy} returns to it) and
 * installs dependencies from the pnpm store without the network.
 *
 * @example
 * const copy = await prepareRepoCopy(repoRoot, join(mkdtempSync(join(tmpdir(), 'rehearsal-')), 'repo'));
 * @param {string} root
 * @param {string} dir
 * @param {{ signal?: AbortSignal | undefined }} [options]
 * @returns {Promise<string>} `dir`
 */
export async function prepareRepoCopy(root, dir, { signal } = {}) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(root, file)) && lstatSync(join(root, file)).isFile());
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', [...GIT_IDENTITY, 'commit', '-q', '--no-verify', '-m', 'release rehearsal base'], {
    cwd: dir,
  });
  await runCommand('pnpm', ['install', '--offline', '--frozen-lockfile'], { cwd: dir, signal });
  return dir;
}

/**
 * Puts a prepared copy back to its first commit: tracked files restored, new files removed; what git
 * ignores (node_modules, dist) stays, so the next run needs no install and finds its build cache.
 * @param {string} dir
 */
export function resetRepoCopy(dir) {
  execFileSync('git', ['reset', '-q', '--hard'], { cwd: dir });
  execFileSync('git', ['clean', '-q', '-fd'], { cwd: dir });
}
