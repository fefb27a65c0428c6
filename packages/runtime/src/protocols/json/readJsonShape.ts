import { resolveSchema, type SchemaRef } from '../../schema.js';
import { decodeBase64 } from '../decodeBase64.js';
import { emptyCollection } from '../emptyCollection.js';

/**
 * Reads a parsed JSON value as the given shape: timestamps (epoch seconds, or a date string) as `Date`,
 * blobs (base64) as `Uint8Array`, absent lists and maps as `[]` and `{}`, members the schema does not
 * know dropped, documents (free-form JSON) as they are.
 */
export const readJsonShape = (value: unknown, schemaRef: SchemaRef): unknown => {
  const schema = resolveSchema(schemaRef);
  switch (schema.type) {
    case 'structure': {
      if (schema.document) return value;
      const out: Record<string, unknown> = {};
      const given = (value ?? {}) as Record<string, unknown>;
      for (const key in schema.members) {
        const member = given[key];
        const read =
          member === undefined || member === null
            ? emptyCollection(schema.members[key]!.schema)
            : readJsonShape(member, schema.members[key]!.schema);
        if (read !== undefined) out[key] = read;
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => readJsonShape(item, schema.member)) : [];
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries((value ?? {}) as object)) {
        // Defined, not assigned: a key named `__proto__` is data, not the object's prototype.
        Object.defineProperty(out, key, {
          value: readJsonShape(item, schema.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'timestamp':
      return new Date(typeof value === 'number' ? value * 1000 : (value as string));
    case 'blob':
      return decodeBase64(value as string);
    default:
      return value;
  }
};
