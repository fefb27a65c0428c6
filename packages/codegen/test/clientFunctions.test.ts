import { describe, expect, it } from 'vitest';
import type { LoadedService } from '../src/awsModel.js';
import { toOperationFunctions } from '../src/toOperationFunctions.js';
import { toOperationNames } from '../src/toOperationNames.js';
import { toOperationSchemas } from '../src/toOperationSchemas.js';
import { toPaginators } from '../src/toPaginators.js';
import { toWaiters } from '../src/toWaiters.js';
import { tinyConfig } from './fixtures/tinyConfig.js';
import { tinyQueryService } from './fixtures/tinyQueryService.js';
import { importModule } from './importModule.js';

const config = {
  ...tinyConfig('tiny'),
  clientRuntime: { operation: './op.js', paginator: './pages.js', waiter: './wait.js' },
};

/**
 * Evaluates a generated module with its imports replaced by recording stand-ins: the factories return
 * what they were called with, and every imported name becomes a marker naming itself.
 */
const evaluate = async (source: string): Promise<Record<string, unknown>> => {
  const imports = [...source.matchAll(/^import \{ ([^}]+) \} from '([^']+)';$/gm)];
  const stubs = imports.flatMap(([, names, from]) =>
    names!
      .split(', ')
      .map((name) =>
        ['operation', 'paginator', 'waiter'].includes(name)
          ? `const ${name} = (...args) => ({ factory: '${name}', from: '${from}', args });`
          : `const ${name} = { ref: '${name}', from: '${from}' };`,
      ),
  );
  return { ...(await importModule(`${stubs.join('\n')}\n${source.replace(/^import .*$/gm, '')}`)) };
};

const withModel = (patch: Partial<LoadedService>): LoadedService => ({ ...tinyQueryService, ...patch });

describe('toOperationFunctions on a hand-written model', () => {
  const source = toOperationFunctions(tinyQueryService, config);

  it('binds one lower-camel function per operation to its own runtime schema, marked pure', async () => {
    const mod = await evaluate(source);
    expect(Object.keys(mod).sort()).toEqual(['listThings', 'ping', 'putThing']);
    expect(mod.putThing).toEqual({
      factory: 'operation',
      from: './op.js',
      args: [{ ref: 'PutThing', from: './tiny.runtime.js' }],
    });
    expect(source).toContain(
      "export const listThings = /* @__PURE__ */ operation<'ListThings'>(ListThings);",
    );
  });

  it('links each function to its docs and marks deprecated operations', () => {
    expect(source).toContain('https://docs.example.com/tiny/API_PutThing.html');
    expect(source).toMatch(/@deprecated[^\n]*\*\/\nexport const ping =/);
    expect(source).not.toMatch(/@deprecated[^\n]*\*\/\nexport const putThing =/);
  });
});

describe('toPaginators on a hand-written model', () => {
  it('makes paginate<Operation> from the operation function', async () => {
    const mod = await evaluate(toPaginators(tinyQueryService, config));
    expect(mod).toEqual({
      paginateListThings: {
        factory: 'paginator',
        from: './pages.js',
        args: [{ ref: 'listThings', from: './tiny.operations.functions.js' }],
      },
    });
  });

  it('refuses a paginator whose tokens the runtime does not implement', () => {
    const nextToken = withModel({
      paginators: {
        pagination: {
          ListThings: { input_token: 'NextToken', output_token: 'NextToken', limit_key: 'MaxItems' },
        },
      },
    });
    expect(() => toPaginators(nextToken, config)).toThrow(/input_token is "NextToken"/);
    const unknown = withModel({ paginators: { pagination: { Nope: {} } } });
    expect(() => toPaginators(unknown, config)).toThrow(/names no operation/);
  });
});

describe('toWaiters on a hand-written model', () => {
  it('turns the model delay, attempts and retry acceptors into the waiter spec', async () => {
    const mod = await evaluate(toWaiters(tinyQueryService, config));
    expect(mod).toEqual({
      waitUntilThingListed: {
        factory: 'waiter',
        from: './wait.js',
        args: [
          { ref: 'listThings', from: './tiny.operations.functions.js' },
          { delayMs: 2000, maxAttempts: 5, retryCodes: ['Throttled'] },
        ],
      },
    });
  });

  it('keeps retry statuses and refuses acceptors the runtime cannot honour', async () => {
    const waiters = (acceptors: LoadedService['waiters']['waiters'][string]['acceptors']) =>
      withModel({
        waiters: {
          version: 2,
          waiters: { Gone: { operation: 'Ping', delay: 1, maxAttempts: 3, acceptors } },
        },
      });
    const statuses = await evaluate(
      toWaiters(waiters([{ state: 'retry', matcher: 'status', expected: 404 }]), config),
    );
    expect((statuses.waitUntilGone as { args: unknown[] }).args[1]).toEqual({
      delayMs: 1000,
      maxAttempts: 3,
      retryStatuses: [404],
    });
    const path = [{ state: 'success', matcher: 'path', argument: 'Thing.State', expected: 'ready' }];
    expect(() => toWaiters(waiters(path), config)).toThrow(/acceptor .* is not supported/);
    const failure = [{ state: 'failure', matcher: 'error', expected: 'Throttled' }];
    expect(() => toWaiters(waiters(failure), config)).toThrow(/not supported/);
  });
});

describe('toOperationNames on a hand-written model', () => {
  it('lists every operation name in model order, typed by the operation map', async () => {
    const source = toOperationNames(tinyQueryService, config);
    expect(source).toContain("import type { TinyOperationName } from './tiny.operations.js';");
    const mod = await importModule(source);
    expect(mod.tinyOperationNames).toEqual(Object.keys(tinyQueryService.model.operations));
  });
});

describe('toOperationSchemas on a hand-written model', () => {
  it('maps every operation name to its runtime schema constant, and nothing else', async () => {
    const source = toOperationSchemas(tinyQueryService, config);
    expect(source).toContain("import { ListThings, Ping, PutThing } from './tiny.runtime.js';");
    const mod = await evaluate(source.replace(/^import type .*$/gm, ''));
    expect(mod.tinyOperationSchemas).toEqual({
      ListThings: { ref: 'ListThings', from: './tiny.runtime.js' },
      Ping: { ref: 'Ping', from: './tiny.runtime.js' },
      PutThing: { ref: 'PutThing', from: './tiny.runtime.js' },
    });
  });
});
