import { describe, expect, it } from 'vitest';
import { identifier, propertyKey, quote } from '../src/identifiers.js';
import { protocolOf } from '../src/modelFacts.js';
import { toRuntime } from '../src/toRuntime.js';
import { tinyConfig } from './fixtures/tinyConfig.js';
import { tinyQueryService } from './fixtures/tinyQueryService.js';

describe('names in generated TypeScript', () => {
  it('accepts AWS shape names and refuses what would not compile', () => {
    expect(identifier('userNameType')).toBe('userNameType');
    expect(() => identifier('delete')).toThrow(/cannot be a TypeScript constant name/);
    expect(() => identifier('Bad-Name')).toThrow(/cannot be a TypeScript constant name/);
    expect(propertyKey('Name')).toBe('Name');
    expect(propertyKey('x-amz-meta')).toBe("'x-amz-meta'");
    expect(quote("it's")).toBe("'it\\'s'");
  });

  it('refuses an AWS name that collides with the generated service constant', () => {
    const model = {
      ...tinyQueryService.model,
      shapes: { ...tinyQueryService.model.shapes, tinyService: { type: 'structure' as const, members: {} } },
    };
    expect(() => toRuntime({ ...tinyQueryService, model }, tinyConfig('tiny'))).toThrow(/collides/);
  });

  it('refuses protocols it cannot describe', () => {
    const model = {
      ...tinyQueryService.model,
      metadata: { ...tinyQueryService.model.metadata, protocol: 'rest-xml' },
    };
    expect(() => protocolOf(model)).toThrow(/protocol rest-xml of Tiny is not supported/);
  });
});
