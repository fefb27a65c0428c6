import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFiles, writeFiles } from '../src/generate.js';
import { locateBotocore } from '../src/loadService.js';
import { SERVICES } from '../src/services.js';
import { repoRoot } from './repo.js';

// How CI catches drift: regenerate everything into a scratch folder and compare with what is committed.
const scratch = mkdtempSync(join(tmpdir(), 'codegen-drift-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const source = locateBotocore();
const files = await generateFiles({ root: repoRoot, source });
writeFiles(scratch, files);
const paths = [...files.keys()].sort();

describe('committed generated files', () => {
  it.each(paths)('%s is byte-identical to a fresh generation', (path) => {
    const fresh = readFileSync(join(scratch, path), 'utf8');
    const committed = readFileSync(join(repoRoot, path), 'utf8');
    // Compared as a boolean first: a diff of half a megabyte helps nobody; the hint says what to do.
    expect(fresh === committed, `${path} drifted: run \`pnpm generate\` and commit the result`).toBe(true);
  });

  it('are all there is in the generated folders (nothing stale left behind)', () => {
    for (const config of SERVICES) {
      for (const folder of ['openapi', join('src', 'generated')]) {
        const committed = readdirSync(join(repoRoot, config.packageDir, folder)).map((f) =>
          join(config.packageDir, folder, f),
        );
        expect(committed.sort()).toEqual(
          paths.filter((p) => p.startsWith(join(config.packageDir, folder, '/'))),
        );
      }
    }
  });

  it('say which botocore release they came from and that they are not to be edited', () => {
    for (const path of paths.filter((p) => p.endsWith('.ts'))) {
      const head = files.get(path)!.split('\n').slice(0, 4).join('\n');
      expect(head, path).toContain(`botocore ${source.botocoreVersion}`);
      expect(head, path).toContain('Do not edit by hand');
    }
    for (const path of paths.filter((p) => p.endsWith('.json'))) {
      expect(JSON.parse(files.get(path)!)['x-aws-botocore-version'], path).toBe(source.botocoreVersion);
    }
  });

  it('come out the same on a second run', async () => {
    const again = await generateFiles({ root: repoRoot, source });
    expect([...again.keys()].sort()).toEqual(paths);
    for (const path of paths) expect(again.get(path) === files.get(path), path).toBe(true);
    // Generating three services takes seconds, many more on a loaded machine: a generous bound, no speed test.
  }, 120_000);
});
