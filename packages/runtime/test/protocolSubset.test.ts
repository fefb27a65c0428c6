import { describe, expect, it } from 'vitest';
import * as runtime from '../../iam/src/generated/iam.runtime.js';
import { type OperationSchema, resolveSchema, type Schema, type SchemaRef } from '../src/schema.js';

// serializeQuery and readXmlShape implement the part of the Query protocol IAM's model uses. This holds
// the generated schema to that part, so a botocore update that needs more fails here instead of being
// serialised or read wrongly.
const operations = Object.values(runtime).filter(
  (value): value is OperationSchema => !('type' in value) && 'name' in value,
);

const reachable = (roots: (SchemaRef | undefined)[]): Set<Schema> => {
  const seen = new Set<Schema>();
  const visit = (ref: SchemaRef | undefined) => {
    if (ref === undefined) return;
    const schema = resolveSchema(ref);
    if (seen.has(schema)) return;
    seen.add(schema);
    if (schema.type === 'structure') for (const m of Object.values(schema.members)) visit(m.schema);
    if (schema.type === 'list') visit(schema.member);
    if (schema.type === 'map') {
      visit(schema.key);
      visit(schema.value);
    }
  };
  for (const root of roots) visit(root);
  return seen;
};

describe("IAM's generated schema stays within the protocol subset the runtime implements", () => {
  it('finds the operations', () => expect(operations.length).toBeGreaterThan(150));

  it('inputs: only structures, lists, strings, numbers and booleans', () => {
    const types = new Set([...reachable(operations.map((op) => op.input))].map((s) => s.type));
    expect(types.size).toBeGreaterThan(3);
    for (const type of types)
      expect(['structure', 'list', 'string', 'integer', 'long', 'boolean']).toContain(type);
  });

  it('inputs and outputs: default element names, no flattening, no timestamp formats', () => {
    const all = reachable(operations.flatMap((op) => [op.input, op.output]));
    expect([...all].some((s) => s.type === 'map')).toBe(true);
    for (const schema of all) {
      const extras = Object.keys(schema).filter((key) =>
        ['memberName', 'keyName', 'valueName', 'flattened', 'timestampFormat'].includes(key),
      );
      expect(extras, JSON.stringify(schema).slice(0, 200)).toEqual([]);
      if (schema.type === 'structure') {
        for (const member of Object.values(schema.members)) expect(member.flattened).toBeUndefined();
      }
    }
  });
});
