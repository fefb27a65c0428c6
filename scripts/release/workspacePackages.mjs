import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name
 * @property {string} version
 * @property {string} dir absolute path of the package folder
 * @property {boolean} private `"private": true`: never published
 * @property {Record<string, any>} manifest its package.json
 */

/**
 * Every package under `<root>/packages/*`, sorted by folder name. The public ones (`private` false) are
 * what a release publishes; nothing else decides it, so a package added later is picked up by itself.
 *
 * @example
 * const toPublish = workspacePackages(repoRoot).filter((pkg) => !pkg.private);
 * @param {string} root
 * @returns {WorkspacePackage[]}
 */
export function workspacePackages(root) {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const dir = join(packagesDir, folder);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return {
        name: manifest.name,
        version: manifest.version,
        dir,
        private: manifest.private === true,
        manifest,
      };
    });
}
