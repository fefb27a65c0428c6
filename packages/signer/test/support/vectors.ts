import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (packages/signer/test/support → four levels up). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/**
 * The folder of a shared SigV4 suite (`../shared/vectors/<name>` beside the checkout), or
 * `undefined` with a visible warning when it is missing. With `CI` set a missing suite is an error:
 * conformance must never pass by skipping.
 */
export function vectorsDir(name: string): string | undefined {
  const dir = resolve(repoRoot, '..', 'shared', 'vectors', name);
  if (existsSync(dir)) return dir;
  if (process.env.CI) throw new Error(`SigV4 vectors missing at ${dir} (required when CI is set)`);
  console.warn(`\n[signer] SKIPPING ${name} conformance: ${dir} not found (set up ../shared/vectors)\n`);
  return undefined;
}
