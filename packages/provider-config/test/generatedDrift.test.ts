import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BOTOCORE_VERSION } from '../src/generated/botocoreVersion.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committedDir = path.join(packageDir, 'src', 'generated');
const scratch = mkdtempSync(path.join(tmpdir(), 'provider-config-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const generate = (out: string) =>
  execFileSync(process.execPath, [path.join(packageDir, 'scripts', 'generate.mjs'), '--out', out], {
    encoding: 'utf8',
  });

describe('src/generated matches what scripts/generate.mjs writes from the installed botocore', () => {
  const first = path.join(scratch, 'first');
  const second = path.join(scratch, 'second');
  generate(first);
  generate(second);

  it('was generated from the botocore installed here (else: pnpm generate, or install that botocore)', () => {
    const installed = execFileSync('python3', ['-c', 'import botocore; print(botocore.__version__)'], {
      encoding: 'utf8',
    }).trim();
    expect(`installed botocore ${installed}`).toBe(`installed botocore ${BOTOCORE_VERSION}`);
  });

  it('writes the same file set as is committed', () => {
    expect(readdirSync(first).sort()).toEqual(readdirSync(committedDir).sort());
  });

  it.each(readdirSync(committedDir).sort())(
    '%s has not drifted (regenerate with `pnpm generate`)',
    (name) => {
      expect(readFileSync(path.join(first, name), 'utf8')).toBe(
        readFileSync(path.join(committedDir, name), 'utf8'),
      );
    },
  );

  it('is deterministic: a second run writes identical bytes', () => {
    for (const name of readdirSync(first)) {
      expect(readFileSync(path.join(second, name))).toEqual(readFileSync(path.join(first, name)));
    }
  });
});
