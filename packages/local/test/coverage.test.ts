import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSIGNED_OPERATIONS } from '../src/cognito/unsignedOperations.js';
import { coverage } from '../src/index.js';
import { botocoreOperations } from './support/botocoreModel.js';
import { BEGIN, coverageTable, END } from './support/coverageTable.js';

const README = join(import.meta.dirname, '..', 'README.md');

describe('coverage', () => {
  it('lists only operations botocore knows, under their model names', () => {
    for (const service of ['iam', 'sts', 'cognito-idp'] as const) {
      const known = new Set(botocoreOperations(service).map((op) => op.name));
      const unknown = coverage.filter((op) => op.service === service && !known.has(op.operation));
      expect(unknown).toEqual([]);
    }
  });

  it('accepts unsigned exactly the Cognito operations the model marks unsigned', () => {
    const unsigned = botocoreOperations('cognito-idp')
      .filter((op) => op.unsigned)
      .map((op) => op.name)
      .sort();
    expect([...UNSIGNED_OPERATIONS].sort()).toEqual(unsigned);
  });

  it('is what the README lists (run `pnpm readme` in packages/local to update it)', async () => {
    const readme = await readFile(README, 'utf8');
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END) + END.length;
    const generated = coverageTable();
    if (process.env.UPDATE_README === '1' && start >= 0) {
      await writeFile(README, readme.slice(0, start) + generated + readme.slice(end));
      return;
    }
    expect(start).toBeGreaterThanOrEqual(0);
    expect(readme.slice(start, end)).toBe(generated);
  });
});
