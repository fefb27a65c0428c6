import { resolveSchema, type ScalarSchema, type SchemaRef } from '../../schema.js';
import { decodeBase64 } from '../decodeBase64.js';
import { emptyCollection } from '../emptyCollection.js';
import type { XmlElement } from './parseXml.js';

// IAM's outputs use structures, lists and maps with the default element names (`member`, `entry`, `key`,
// `value`) and no flattening, and timestamps in ISO 8601 (test/protocolSubset.test.ts holds the generated
// schema to that), so those variants of the Query protocol are not carried here.
const readScalar = (schema: ScalarSchema, text: string): unknown => {
  const trimmed = text.trim();
  switch (schema.type) {
    case 'string':
      // IAM returns policy documents URL-encoded (RFC 3986); hand them out as the JSON the caller wrote.
      // Emulators (moto, LocalStack) send them unencoded: a document that is JSON already is left as it
      // is, since decoding it would turn a literal `%41` into `A`.
      if (schema.urlEncoded && !/^\s*[{[]/.test(text)) {
        try {
          return decodeURIComponent(text);
        } catch {}
      }
      return text;
    case 'boolean':
      return trimmed === 'true';
    case 'timestamp':
      return new Date(/^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : trimmed);
    case 'blob':
      return decodeBase64(trimmed);
    default:
      // integer, long, float, double. Number() also reads the `NaN` / `Infinity` / `-Infinity` AWS uses.
      return Number(text);
  }
};

const named = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

/**
 * Reads one XML element as the given shape: numbers, booleans, timestamps and blobs converted, lists
 * always arrays (also with one item or none), maps as plain objects, absent lists and maps as `[]` and
 * `{}`, other absent members left out.
 */
export const readXmlShape = (element: XmlElement, schemaRef: SchemaRef): unknown => {
  const schema = resolveSchema(schemaRef);
  const out: Record<string, unknown> = {};
  switch (schema.type) {
    case 'structure':
      for (const key in schema.members) {
        const member = schema.members[key]!;
        const [child] = named(element, member.name ?? key);
        const value = child ? readXmlShape(child, member.schema) : emptyCollection(member.schema);
        if (value !== undefined) out[key] = value;
      }
      return out;
    case 'list':
      return named(element, 'member').map((item) => readXmlShape(item, schema.member));
    case 'map':
      for (const entry of named(element, 'entry')) {
        const [key] = named(entry, 'key');
        const [value] = named(entry, 'value');
        // Defined, not assigned: a key named `__proto__` is data, not the object's prototype.
        if (key && value) {
          Object.defineProperty(out, key.text, {
            value: readXmlShape(value, schema.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return out;
    default:
      return readScalar(schema, element.text);
  }
};
