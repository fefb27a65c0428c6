import { describe, expect, it } from 'vitest';
import type { AwsMemberRef, AwsShape } from '../src/awsModel.js';
import { loadService, locateBotocore } from '../src/loadService.js';
import { SERVICES } from '../src/services.js';
import { at } from './at.js';
import { committedDocument, generatedPath } from './repo.js';

const source = locateBotocore();
/** Operation counts the issue states for the models we target; STS is checked against its model alone. */
const EXPECTED_COUNTS: Record<string, number> = { iam: 176, 'cognito-idp': 122 };
const ref = (shape: string) => `#/components/schemas/${shape}`;

describe.each(SERVICES.map((s) => [s.id, s] as const))(
  '%s: committed outputs against the model',
  (id, config) => {
    const { model, paginators, waiters } = loadService(source, config.id, config.apiVersion);
    const doc = committedDocument(config);
    const opNames = Object.keys(model.operations);
    const shapes = model.shapes;
    const errorCode = (name: string) => shapes[name]!.error?.code ?? name;
    const errorStatus = (name: string) =>
      shapes[name]!.error?.httpStatusCode ?? (shapes[name]!.fault ? 500 : 400);

    it('has exactly the operations of the model', () => {
      if (EXPECTED_COUNTS[id] !== undefined) expect(opNames).toHaveLength(EXPECTED_COUNTS[id]);
      const ids = Object.values(at(doc, 'paths') as object).map((p) => at(p, 'post', 'operationId'));
      expect(ids).toEqual(opNames);
      expect(at(doc, 'x-aws-botocore-version')).toBe(source.botocoreVersion);
    });

    it.each(opNames)(
      'operation %s matches: bodies, errors and statuses, wrapper, auth, paginator',
      (name) => {
        const op = model.operations[name]!;
        const post = at(doc, 'paths', `/${name}`, 'post');
        const body = (at(post, 'requestBody', 'content') ?? {}) as object;
        expect(Object.values(body).map((c) => at(c, 'schema', '$ref'))).toEqual(
          op.input ? [ref(op.input.shape)] : [],
        );
        const ok = (at(post, 'responses', '200', 'content') ?? {}) as object;
        expect(Object.values(ok).map((c) => at(c, 'schema', '$ref'))).toEqual(
          op.output ? [ref(op.output.shape)] : [],
        );
        expect(at(post, 'x-aws-result-wrapper')).toBe(op.output?.resultWrapper);
        expect(at(post, 'x-aws-auth')).toBe(op.authtype === 'none' ? 'none' : undefined);
        expect(at(post, 'externalDocs', 'url')).toBe(config.docsUrl.replace('{op}', name));
        const documented: string[] = [];
        for (const [status, response] of Object.entries(at(post, 'responses') as object)) {
          if (status === '200') continue;
          const schema = Object.values(at(response, 'content') as object)[0]?.schema;
          for (const r of (schema.anyOf ?? [schema]) as { $ref: string }[]) {
            const shape = r.$ref.replace('#/components/schemas/', '');
            documented.push(`${errorCode(shape)}@${status}`);
          }
        }
        const expected = (op.errors ?? []).map((e) => `${errorCode(e.shape)}@${errorStatus(e.shape)}`);
        expect(documented.sort()).toEqual([...new Set(expected)].sort());
        const p = paginators.pagination[name];
        expect(at(post, 'x-aws-paginator', 'inputToken')).toEqual(p?.input_token);
        expect(at(post, 'x-aws-paginator', 'resultKey')).toEqual(p?.result_key);
      },
    );

    it('has one component schema per shape, member by member', () => {
      const reach = (roots: string[]) => {
        const seen = new Set<string>();
        const visit = (n: string): void => {
          if (seen.has(n)) return;
          seen.add(n);
          const s = shapes[n]!;
          const children = [
            ...Object.values(s.members ?? {}).map((m) => m.shape),
            ...[s.member, s.key, s.value].flatMap((m) => (m ? [m.shape] : [])),
          ];
          children.forEach(visit);
        };
        roots.forEach(visit);
        return seen;
      };
      const ops = Object.values(model.operations);
      const inputs = reach(ops.flatMap((op) => (op.input ? [op.input.shape] : [])));
      const outputOnly = new Set(
        [...reach(ops.flatMap((op) => (op.output ? [op.output.shape] : [])))].filter((n) => !inputs.has(n)),
      );
      expect(Object.keys(at(doc, 'components', 'schemas') as object).sort()).toEqual(
        Object.keys(shapes).sort(),
      );
      for (const [name, shape] of Object.entries(shapes) as [string, AwsShape][]) {
        const schema = at(doc, 'components', 'schemas', name);
        const wire = (m: AwsMemberRef, s: unknown) => {
          expect(at(s, '$ref'), `${name}`).toBe(ref(m.shape));
          expect(at(s, 'x-aws-location-name'), `${name}`).toBe(m.locationName);
          expect(at(s, 'deprecated'), `${name}`).toBe(m.deprecated || undefined);
        };
        if (shape.type === 'structure' && !shape.document) {
          const members = Object.entries(shape.members ?? {});
          expect(Object.keys(at(schema, 'properties') as object), name).toEqual(members.map(([m]) => m));
          // Lists and maps of structures only outputs reach are always present in results, so required.
          const collections = outputOnly.has(name)
            ? members.filter(([, m]) => ['list', 'map'].includes(shapes[m.shape]!.type)).map(([m]) => m)
            : [];
          expect(at(schema, 'required') ?? [], name).toEqual([
            ...new Set([...(shape.required ?? []), ...collections]),
          ]);
          for (const [m, member] of members) wire(member, at(schema, 'properties', m));
          if (shape.exception) {
            expect(at(schema, 'x-aws-error'), name).toEqual({
              code: errorCode(name),
              httpStatusCode: errorStatus(name),
              senderFault: shape.error?.senderFault ?? !shape.fault,
            });
          }
        } else if (shape.type === 'list') {
          wire(shape.member!, at(schema, 'items'));
        } else if (shape.type === 'map') {
          expect(at(schema, 'propertyNames', '$ref'), name).toBe(ref(shape.key!.shape));
          expect(at(schema, 'additionalProperties', '$ref'), name).toBe(ref(shape.value!.shape));
        } else if (shape.type === 'integer' || shape.type === 'long') {
          expect([at(schema, 'minimum'), at(schema, 'maximum')], name).toEqual([shape.min, shape.max]);
        } else if (shape.type === 'timestamp' || shape.type === 'blob') {
          expect(at(schema, 'format'), name).toBe(shape.type === 'timestamp' ? 'date-time' : 'byte');
        } else if (shape.type === 'string') {
          expect(at(schema, 'enum'), name).toEqual(shape.enum);
          expect(at(schema, 'pattern'), name).toBe(shape.pattern);
          expect([at(schema, 'minLength'), at(schema, 'maxLength')], name).toEqual([shape.min, shape.max]);
        }
      }
    });

    it('carries no AWS documentation prose', () => {
      expect(JSON.stringify(doc)).not.toMatch(/<p>|<code>|documentation/);
    });

    it('has a runtime schema that matches the model operation by operation', async () => {
      const runtime: Record<string, unknown> = await import(
        generatedPath(config, `${config.fileBase}.runtime.ts`)
      );
      for (const name of opNames) {
        const op = model.operations[name]!;
        const schema = runtime[name];
        expect(at(schema, 'name')).toBe(name);
        expect(at(schema, 'errors')).toEqual([...new Set((op.errors ?? []).map((e) => errorCode(e.shape)))]);
        expect(at(schema, 'resultWrapper')).toBe(op.output?.resultWrapper);
        expect(at(schema, 'auth')).toBe(op.authtype === 'none' ? 'none' : undefined);
        for (const io of ['input', 'output'] as const) {
          const shape = op[io]?.shape;
          const members = at(schema, io, 'members');
          expect(members === undefined ? undefined : Object.keys(members as object)).toEqual(
            shape === undefined ? undefined : Object.keys(shapes[shape]!.members ?? {}),
          );
        }
      }
    });

    it('has a by-name schema map equal to the model', async () => {
      const lower = `${config.typePrefix.charAt(0).toLowerCase()}${config.typePrefix.slice(1)}`;
      const byName = (await import(generatedPath(config, `${config.fileBase}.operationSchemas.ts`)))[
        `${lower}OperationSchemas`
      ] as Record<string, unknown>;
      const runtime: Record<string, unknown> = await import(
        generatedPath(config, `${config.fileBase}.runtime.ts`)
      );
      expect(Object.keys(byName)).toEqual(opNames);
      for (const name of opNames) expect(byName[name], name).toBe(runtime[name]);
    });

    it('has one operation function, paginator and waiter per model operation, paginator and waiter', async () => {
      const load = (file: string): Promise<Record<string, { operationName: string; spec?: unknown }>> =>
        import(generatedPath(config, `${config.fileBase}.${file}.ts`));
      const functions = await load('operations.functions');
      const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
      expect(Object.keys(functions).sort()).toEqual(opNames.map(lower).sort());
      for (const name of opNames) expect(functions[lower(name)]!.operationName, name).toBe(name);

      const paginated = Object.keys(paginators.pagination);
      const pages = paginated.length ? await load('paginators') : {};
      expect(Object.keys(pages).sort()).toEqual(paginated.map((n) => `paginate${n}`).sort());
      for (const name of paginated) expect(pages[`paginate${name}`]!.operationName).toBe(name);

      const modelWaiters = Object.entries(waiters.waiters);
      const waits = modelWaiters.length ? await load('waiters') : {};
      expect(Object.keys(waits).sort()).toEqual(modelWaiters.map(([n]) => `waitUntil${n}`).sort());
      for (const [name, w] of modelWaiters) {
        const retry = w.acceptors.filter((a) => a.state === 'retry');
        const codes = retry.filter((a) => a.matcher === 'error').map((a) => a.expected);
        const statuses = retry.filter((a) => a.matcher === 'status').map((a) => a.expected);
        const generated = waits[`waitUntil${name}`]!;
        expect(generated.operationName, name).toBe(w.operation);
        expect(generated.spec, name).toEqual({
          delayMs: w.delay * 1000,
          maxAttempts: w.maxAttempts,
          ...(codes.length ? { retryCodes: codes } : {}),
          ...(statuses.length ? { retryStatuses: statuses } : {}),
        });
      }
    });
  },
);
