#!/usr/bin/env node
// Lints what we would publish: for every non-private package under packages/*, `publint --strict`
// (package.json fields vs the files in the tarball) and `attw --pack` (are the types right for every
// module resolution mode, ESM and CJS). Run after `pnpm build`: both tools read dist/.
// Exits non-zero when any package has a problem, after checking all of them so one run shows everything.
//
// Usage: node scripts/checkPackages.mjs [package-dir ...]   (default: every public packages/*)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// attw rules we deliberately ignore, per package, each with the reason. Keep empty unless a rule
// reports something that is by design; an unexplained ignore hides real breakage for users.
const ATTW_IGNORED_RULES = {};

function publicPackageDirs() {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => join(packagesDir, entry.name))
    .filter((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private !== true);
}

function run(label, args) {
  process.stdout.write(`\n$ pnpm exec ${args.join(' ')}\n`);
  // pnpm exec from the root so the root devDependencies (publint, attw) are on PATH.
  const result = spawnSync('pnpm', ['exec', ...args], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) throw result.error;
  return result.status === 0 ? [] : [`${label} (exit ${result.status ?? result.signal})`];
}

function checkPackage(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const rel = relative(root, dir);
  process.stdout.write(`\n=== ${pkg.name} (${rel}) ===\n`);
  if (!existsSync(join(dir, 'dist'))) {
    return [`${pkg.name}: no dist/ — run \`pnpm build\` first`];
  }
  const ignored = ATTW_IGNORED_RULES[pkg.name] ?? [];
  const attwArgs = ['attw', '--pack', rel, '--format', 'table-flipped', '--no-emoji', '--no-color'];
  if (ignored.length > 0) attwArgs.push('--ignore-rules', ...ignored.map((entry) => entry.rule));
  return [
    ...run(`${pkg.name}: publint --strict`, ['publint', 'run', rel, '--strict']),
    ...run(`${pkg.name}: attw --pack`, attwArgs),
  ];
}

const requested = process.argv.slice(2).map((dir) => resolve(dir));
const dirs = requested.length > 0 ? requested : publicPackageDirs();
if (dirs.length === 0) {
  console.error('check-packages: no public packages found under packages/*');
  process.exit(1);
}
const problems = dirs.flatMap(checkPackage);
if (problems.length > 0) {
  console.error(
    `\ncheck-packages: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`\ncheck-packages: ${dirs.length} package(s) pass publint --strict and attw --pack`);
