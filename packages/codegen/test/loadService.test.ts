import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isCodegenError } from '../src/CodegenError.js';
import { loadService, modelSourceFromDir } from '../src/loadService.js';

const root = mkdtempSync(join(tmpdir(), 'codegen-models-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const model = { metadata: { apiVersion: '2020-01-01' }, operations: {}, shapes: {} };
const data = join(root, 'botocore', 'data');
mkdirSync(join(data, 'zipped', '2020-01-01'), { recursive: true });
mkdirSync(join(data, 'plain', '2020-01-01'), { recursive: true });
writeFileSync(join(data, 'zipped', '2020-01-01', 'service-2.json.gz'), gzipSync(JSON.stringify(model)));
writeFileSync(join(data, 'plain', '2020-01-01', 'service-2.json'), JSON.stringify(model));
writeFileSync(
  join(data, 'plain', '2020-01-01', 'paginators-1.json'),
  JSON.stringify({ pagination: { ListX: { input_token: 'Marker' } } }),
);
writeFileSync(join(root, 'botocore', '__init__.py'), "__version__ = '1.2.3'\n");

describe('loadService', () => {
  it('reads gzipped and plain models, with empty paginators and waiters when absent', () => {
    const source = modelSourceFromDir(data);
    expect(source.botocoreVersion).toBe('1.2.3');
    const zipped = loadService(source, 'zipped', '2020-01-01');
    expect(zipped.model).toEqual(model);
    expect(zipped.paginators).toEqual({ pagination: {} });
    expect(zipped.waiters).toEqual({ version: 2, waiters: {} });
    const plain = loadService(source, 'plain', '2020-01-01');
    expect(plain.paginators.pagination.ListX).toEqual({ input_token: 'Marker' });
    expect(plain.botocoreVersion).toBe('1.2.3');
  });

  it('takes the version from the command line over the folder', () => {
    expect(modelSourceFromDir(data, '4.5.6').botocoreVersion).toBe('4.5.6');
  });

  it('fails with a CodegenError on a missing model or an unknown version', () => {
    const missing = () => loadService(modelSourceFromDir(data), 'absent', '2020-01-01');
    expect(missing).toThrow(/no service-2\.json/);
    try {
      modelSourceFromDir(join(root, 'elsewhere'));
      expect.unreachable();
    } catch (e) {
      expect(isCodegenError(e)).toBe(true);
      expect((e as Error).message).toMatch(/--botocore-version/);
    }
  });
});
