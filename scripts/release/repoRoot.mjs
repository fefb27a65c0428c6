import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout these scripts belong to (two folders up from scripts/release). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
