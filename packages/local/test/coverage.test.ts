import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSIGNED_OPERATIONS } from '../src/cognito/unsignedOperations.js';
import { coverage } from '../src/index.js';
import { botocoreOperations } from './support/botocoreModel.js';
import { README_SECTIONS } from './support/readmeSections.js';

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

  it('is what the README lists, with the moto deviations (run `pnpm readme` to update them)', async () => {
    let readme = await readFile(README, 'utf8');
    for (const section of README_SECTIONS) {
      const start = readme.indexOf(section.begin);
      const end = readme.indexOf(section.end);
      expect(start, section.begin).toBeGreaterThanOrEqual(0);
      const generated = `${section.begin}\n\n${section.render()}\n${section.end}`;
      if (process.env.UPDATE_README === '1') {
        readme = readme.slice(0, start) + generated + readme.slice(end + section.end.length);
      } else {
        expect(readme.slice(start, end + section.end.length)).toBe(generated);
      }
    }
    if (process.env.UPDATE_README === '1') await writeFile(README, readme);
  });
});
