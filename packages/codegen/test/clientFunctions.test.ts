import { describe, expect, it } from 'vitest';
import type { LoadedService } from '../src/awsModel.js';
import { toOperationFunctions } from '../src/toOperationFunctions.js';
import { toOperationSchemas } from '../src/toOperationSchemas.js';
import { toPaginators } from '../src/toPaginators.js';
import { toWaiters } from '../src/toWaiters.js';
import { tinyConfig } from './fixtures/tinyConfig.js';
import { tinyQueryService } from './fixtures/tinyQueryService.js';
import { importModule } from './importModule.js';

const config = tinyConfig('tiny');

/**
 * Evaluates a generated module with its imports replaced by recording stand-ins: the factories return
 * what they were called with, and every imported name becomes a marker naming itself.
 */
const evaluate = async (source: string): Promise<Record<string, unknown>> => {
  const imports = [...source.matchAll(/^import \{ ([^}]+) \} from '([^']+)';$/gm)].map(
    ([line, names, from]) => [line, names!.replace(/type \w+(, )?/g, '').replace(/, $/, ''), from] as const,
  );
  const stubs = imports.flatMap(([, names, from]) =>
    names!
      .split(', ')
      .map((name) =>
        ['operation', 'paginator', 'waiter', 'sender'].includes(name)
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
      from: '@iamkit/runtime',
      args: [{ ref: 'PutThing', from: './tiny.runtime.js' }],
    });
    expect(source).toContain(
      "export const listThings = /* @__PURE__ */ operation<TinyOperations['ListThings'], 'tiny'>(ListThings);",
    );
    // Generated code imports the runtime from its package, never hand-written code by relative path.
    expect(source.match(/from '([^']+)'/g)).toEqual([
      "from '@iamkit/runtime'",
      "from './tiny.operations.js'",
      "from './tiny.runtime.js'",
    ]);
  });

  it('links each function to its docs and marks deprecated operations', () => {
    expect(source).toContain('https://docs.example.com/tiny/API_PutThing.html');
    expect(source).toMatch(/@deprecated[^\n]*\*\/\nexport const ping =/);
    expect(source).not.toMatch(/@deprecated[^\n]*\*\/\nexport const putThing =/);
  });
});

describe('toPaginators on a hand-written model', () => {
  it('makes paginate<Operation> from the operation function and the paginator tokens', async () => {
    const mod = await evaluate(toPaginators(tinyQueryService, config));
    expect(mod).toEqual({
      paginateListThings: {
        factory: 'paginator',
        from: '@iamkit/runtime',
        args: [
          { ref: 'listThings', from: './tiny.operations.functions.js' },
          {
            inputToken: 'Marker',
            outputToken: 'Marker',
            limitKey: 'MaxItems',
            moreResults: 'IsTruncated',
            resultKey: 'Things',
          },
        ],
      },
    });
  });

  it('takes any token names (NextToken, PaginationToken...) and several result keys', async () => {
    const nextToken = withModel({
      paginators: {
        pagination: {
          ListThings: {
            input_token: 'PaginationToken',
            output_token: 'NextToken',
            limit_key: 'Limit',
            result_key: ['Things', 'Others'],
          },
        },
      },
    });
    const mod = await evaluate(toPaginators(nextToken, config));
    expect((mod.paginateListThings as { args: unknown[] }).args[1]).toEqual({
      inputToken: 'PaginationToken',
      outputToken: 'NextToken',
      limitKey: 'Limit',
      resultKey: ['Things', 'Others'],
    });
  });

  it('refuses tokens the runtime cannot read (lists of tokens, paths) and unknown operations', () => {
    const listed = withModel({
      paginators: {
        pagination: { ListThings: { input_token: ['A', 'B'], output_token: 'A', result_key: 'Things' } },
      },
    });
    expect(() => toPaginators(listed, config)).toThrow(/input_token \["A","B"\] is not a single member/);
    const path = withModel({
      paginators: { pagination: { ListThings: { input_token: 'A', output_token: 'B.C', result_key: 'X' } } },
    });
    expect(() => toPaginators(path, config)).toThrow(/output_token "B.C"/);
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
        from: '@iamkit/runtime',
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
    expect(mod.send).toEqual({
      factory: 'sender',
      from: '@iamkit/runtime',
      args: [mod.tinyOperationSchemas],
    });
  });
});
