import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AwsServiceModel } from '../src/awsModel.js';
import { generateFiles } from '../src/generate.js';
import { tinyConfig } from './fixtures/tinyConfig.js';
import { tinyQueryService } from './fixtures/tinyQueryService.js';
import { repoRoot } from './repo.js';

const scratch = mkdtempSync(join(tmpdir(), 'codegen-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lays a model out like botocore's data folder and returns a model source for it. */
const modelsWith = (id: string, model: AwsServiceModel) => {
  const dir = join(scratch, id, 'data', id, '2020-01-01');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'service-2.json'), JSON.stringify(model));
  writeFileSync(join(dir, 'paginators-1.json'), JSON.stringify(tinyQueryService.paginators));
  return { dataDir: join(scratch, id, 'data'), botocoreVersion: '9.9.9' };
};

describe('generateFiles', () => {
  it('writes the document, types, runtime schema, operation map, functions and paginators (no waiters file without waiters)', async () => {
    const files = await generateFiles({
      root: repoRoot,
      source: modelsWith('tiny', tinyQueryService.model),
      services: [tinyConfig('tiny')],
    });
    expect([...files.keys()].sort()).toEqual([
      'packages/tiny/openapi/tiny.openapi.json',
      'packages/tiny/src/generated/tiny.operationSchemas.ts',
      'packages/tiny/src/generated/tiny.operations.functions.ts',
      'packages/tiny/src/generated/tiny.operations.ts',
      'packages/tiny/src/generated/tiny.paginators.ts',
      'packages/tiny/src/generated/tiny.runtime.ts',
      'packages/tiny/src/generated/tiny.ts',
    ]);
    const types = files.get('packages/tiny/src/generated/tiny.ts')!;
    expect(types).toMatch(/isoStamp: Date;/);
    expect(types).toMatch(/payloadType: Uint8Array;/);
    expect(types).toMatch(/PutThingRequest: \{\n\s+Name: components\["schemas"\]\["nameType"\];/);
    expect(types).toContain('botocore 9.9.9');
    // The schema contract is the runtime's: imported, never copied.
    expect(files.get('packages/tiny/src/generated/tiny.runtime.ts')).toContain("from '@iamkit/runtime';");
  });

  it('refuses a model whose document fails validation, before anything is written', async () => {
    const broken: AwsServiceModel = {
      ...tinyQueryService.model,
      shapes: { ...tinyQueryService.model.shapes, 'Bad Name': { type: 'string' } },
    };
    await expect(
      generateFiles({
        root: repoRoot,
        source: modelsWith('broken', broken),
        services: [tinyConfig('broken')],
      }),
    ).rejects.toThrow(/the OpenAPI document has errors:\n.*Bad Name/);
  });
});
