import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The text of the repository's LICENSE, the one every tarball must carry (pnpm packs it into any
 * package that has no LICENSE of its own); undefined when there is none, so every tarball fails.
 *
 * @example
 * checkTarball(packed, repoLicense(repoRoot));
 * @param {string} root
 * @returns {string | undefined}
 */
export function repoLicense(root) {
  const file = join(root, 'LICENSE');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
