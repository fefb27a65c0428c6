import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every `@iamkit/*` package under a `node_modules` tree (nested ones included), as
 * `{ name, version, where }` with `where` relative to the project.
 * @param {string} projectDir
 */
const installedCopies = (projectDir) => {
  /** @type {{ name: string, version: string, where: string }[]} */
  const copies = [];
  /** @param {string} nodeModules */
  const visit = (nodeModules) => {
    if (!existsSync(nodeModules)) return;
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith('.')) continue;
      const folders = entry.startsWith('@')
        ? readdirSync(join(nodeModules, entry)).map((name) => join(nodeModules, entry, name))
        : [join(nodeModules, entry)];
      for (const folder of folders) {
        const manifestFile = join(folder, 'package.json');
        if (!existsSync(manifestFile)) continue;
        const { name, version } = JSON.parse(readFileSync(manifestFile, 'utf8'));
        if (typeof name === 'string' && name.startsWith('@iamkit/')) {
          copies.push({ name, version, where: relative(projectDir, folder) });
        }
        visit(join(folder, 'node_modules'));
      }
    }
  };
  visit(join(projectDir, 'node_modules'));
  return copies;
};

/**
 * In a project that installed the release: each public package is there at its release version,
 * and every copy of any of our packages (nested ones too) is the release's.
 *
 * @example
 * checkInstalled(scratch.dir, [{ name: '@iamkit/iam', version: '0.1.0' }, …]);
 * // [{ package: '@iamkit/signer', problem: 'is installed at 0.0.0 in node_modules/@iamkit/iam/node_modules/@iamkit/signer, not the release 0.1.0' }]
 * @param {string} projectDir
 * @param {{ name: string, version: string }[]} packages the public packages, at their release versions
 * @returns {import('./ReleaseCheckError.mjs').Problem[]}
 */
export function checkInstalled(projectDir, packages) {
  const copies = installedCopies(projectDir);
  const release = new Map(packages.map(({ name, version }) => [name, version]));
  const missing = packages
    .filter(({ name }) => !copies.some((copy) => copy.name === name))
    .map(({ name }) => ({ package: name, problem: 'is not installed' }));
  const wrong = copies
    .filter(({ name, version }) => release.get(name) !== version)
    .map(({ name, version, where }) => ({
      package: name,
      problem: `is installed at ${version} in ${where}, not the release ${release.get(name) ?? '(not a public package)'}`,
    }));
  return [...missing, ...wrong];
}
