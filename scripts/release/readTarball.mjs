import { execFileSync } from 'node:child_process';

/**
 * @typedef {object} Tarball
 * @property {string[]} files the paths inside the tarball's `package/` folder, sorted
 * @property {(path: string) => string} read the text of one of them
 */

/**
 * What an npm tarball (`.tgz`) holds, read with the system's `tar`.
 *
 * @example
 * readTarball('/tmp/iamkit-signer-0.1.0.tgz').files; // ['LICENSE', 'README.md', 'dist/index.js', …, 'package.json']
 * @param {string} tarball
 * @returns {Tarball}
 */
export function readTarball(tarball) {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((entry) => entry !== '' && !entry.endsWith('/'))
    .map((entry) => entry.replace(/^package\//, ''))
    .sort();
  return {
    files,
    read: (path) =>
      execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  };
}
