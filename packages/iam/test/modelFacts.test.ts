import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as iam from '../src/index.js';

// The paginator and waiter lists are checked against the facts the codegen put into the OpenAPI document
// (`x-aws-paginator` per operation, `x-aws-waiters`), which come from botocore's paginators-1.json and
// waiters-2.json.
const openapi = JSON.parse(readFileSync(new URL('../openapi/iam.openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, { post: { operationId: string; 'x-aws-paginator'?: Record<string, unknown> } }>;
  'x-aws-waiters': Record<
    string,
    {
      operation: string;
      delay: number;
      maxAttempts: number;
      acceptors: { state: string; matcher: string; expected: unknown }[];
    }
  >;
};
const exported = iam as Record<string, unknown>;

describe('paginators', () => {
  const paginated = Object.values(openapi.paths)
    .filter((path) => path.post['x-aws-paginator'])
    .map((path) => path.post);

  it('one paginate<Operation> per x-aws-paginator, and no other', () => {
    expect(paginated.length).toBeGreaterThan(30);
    const names = Object.keys(exported)
      .filter((k) => k.startsWith('paginate'))
      .sort();
    expect(names).toEqual(paginated.map((op) => `paginate${op.operationId}`).sort());
    for (const op of paginated) {
      expect((exported[`paginate${op.operationId}`] as { operationName: string }).operationName).toBe(
        op.operationId,
      );
    }
  });

  it('every IAM paginator uses Marker / IsTruncated / MaxItems, which is what paginate() implements', () => {
    for (const op of paginated) {
      expect(op['x-aws-paginator'], op.operationId).toMatchObject({
        inputToken: 'Marker',
        outputToken: 'Marker',
        moreResults: 'IsTruncated',
        limitKey: 'MaxItems',
      });
    }
  });
});

describe('waiters', () => {
  it('one waitUntil<Waiter> per x-aws-waiters entry, with the model delay, attempts and acceptors', () => {
    const waiters = Object.entries(openapi['x-aws-waiters']);
    expect(waiters).toHaveLength(4);
    expect(Object.keys(exported).filter((k) => k.startsWith('waitUntil')).length).toBe(4);
    for (const [name, model] of waiters) {
      const fn = exported[`waitUntil${name}`] as { operationName: string; spec: unknown };
      expect(fn.operationName).toBe(model.operation);
      const retry = model.acceptors.filter((a) => a.state === 'retry');
      expect(fn.spec).toEqual({
        delayMs: model.delay * 1000,
        maxAttempts: model.maxAttempts,
        ...(retry.some((a) => a.matcher === 'error')
          ? { retryCodes: retry.filter((a) => a.matcher === 'error').map((a) => a.expected) }
          : {}),
        ...(retry.some((a) => a.matcher === 'status')
          ? { retryStatuses: retry.filter((a) => a.matcher === 'status').map((a) => a.expected) }
          : {}),
      });
      expect(model.acceptors.filter((a) => a.state === 'success')).toEqual([
        { state: 'success', matcher: 'status', expected: 200 },
      ]);
      expect(model.acceptors.every((a) => a.state === 'success' || a.state === 'retry')).toBe(true);
    }
  });
});
