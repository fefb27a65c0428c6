import { describe, expect, it } from 'vitest';
import { toOperationMap } from '../src/toOperationMap.js';
import { tinyConfig } from './fixtures/tinyConfig.js';
import { tinyQueryService } from './fixtures/tinyQueryService.js';

const source = toOperationMap(tinyQueryService, tinyConfig('tiny'));

/** The body of one operation's entry in the generated interface. */
const entry = (op: string): string => {
  const found = new RegExp(`\\n  ${op}: \\{\\n([^}]*)\\n  \\};`).exec(source);
  if (!found?.[1]) throw new Error(`no entry for ${op}`);
  return found[1];
};

describe('toOperationMap on a hand-written model', () => {
  it('maps input and output to the generated component schemas', () => {
    expect(entry('PutThing')).toContain("input: components['schemas']['PutThingRequest'];");
    expect(entry('PutThing')).toContain("output: components['schemas']['PutThingResponse'];");
  });

  it('lists error codes (trait code, else shape name) and never for none', () => {
    expect(entry('PutThing')).toContain(
      "errors: 'ThingExists' | 'Throttled' | 'BadThingException' | 'InternalFault';",
    );
    expect(entry('ListThings')).toContain('errors: never;');
  });

  it('gives operations without input or output an empty object, and marks deprecation', () => {
    expect(entry('Ping')).toContain('input: Record<string, never>;');
    expect(entry('Ping')).toContain('output: Record<string, never>;');
    expect(source).toMatch(/@deprecated[^\n]*\n {2}Ping: \{/);
  });

  it('imports the types of its own service and exports the name and error-code unions', () => {
    expect(source).toContain("import type { components } from './tiny.js';");
    expect(source).toContain('export type TinyOperationName = keyof TinyOperations;');
    expect(source).toContain(
      "export type TinyErrorCode = 'BadThingException' | 'InternalFault' | 'ThingExists' | 'Throttled';",
    );
    expect(source).toContain('https://docs.example.com/tiny/API_PutThing.html');
  });
});
