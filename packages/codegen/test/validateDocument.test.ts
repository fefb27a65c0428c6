import { describe, expect, it } from 'vitest';
import { loadService, locateBotocore } from '../src/loadService.js';
import { SERVICES } from '../src/services.js';
import { toOpenApi } from '../src/toOpenApi.js';
import { validateDocument } from '../src/validateDocument.js';

const source = locateBotocore();

describe('OpenAPI documents under Redocly (recommended ruleset)', () => {
  it.each(SERVICES.map((s) => [s.id, s] as const))('%s validates with zero errors', async (_id, config) => {
    const document = toOpenApi(loadService(source, config.id, config.apiVersion), config);
    const { errors } = await validateDocument(document, config.fileBase);
    expect(errors.map((e) => `${e.ruleId}: ${e.message}`)).toEqual([]);
  });

  it('reports errors for a broken document, so zero errors means something', async () => {
    const { errors } = await validateDocument(
      {
        openapi: '3.1.0',
        info: { title: 'x', version: '1' },
        paths: { '/a': { post: { responses: 'nope' } } },
      },
      'broken',
    );
    expect(errors.length).toBeGreaterThan(0);
  });
});
