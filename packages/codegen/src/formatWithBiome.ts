import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CodegenError } from './CodegenError.js';

/**
 * Formats TypeScript with the repository's Biome settings. Used for the copies of the schema contract: a
 * reformatting of the contract (which Biome would do anyway) then leaves the copies unchanged, so only a
 * real change of the contract shows up as drift.
 */
export const formatWithBiome = (root: string, source: string): string => {
  try {
    return execFileSync(
      join(root, 'node_modules', '.bin', 'biome'),
      ['format', '--stdin-file-path=schema.ts'],
      {
        cwd: root,
        input: source,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'ignore'],
      },
    );
  } catch (cause) {
    throw new CodegenError('biome could not format the schema contract: is it installed (pnpm install)?', {
      cause,
    });
  }
};
