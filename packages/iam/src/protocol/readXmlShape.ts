import type { XmlElement } from './parseXml.js';
import { resolveSchema, type ScalarSchema, type SchemaRef } from './schema.js';

// IAM's outputs use structures, lists and maps with the default element names (`member`, `entry`, `key`,
// `value`) and no flattening, and timestamps in ISO 8601 (test/protocolSubset.test.ts holds the generated
// schema to that), so those variants of the Query protocol are not carried here.
const readScalar = (schema: ScalarSchema, text: string): unknown => {
  const trimmed = text.trim();
  switch (schema.type) {
    case 'string':
      // IAM returns policy documents URL-encoded (RFC 3986); hand them out as the JSON the caller wrote.
      // An emulator may send one unencoded: a document that does not decode is handed out as received.
      if (schema.urlEncoded) {
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
      return Uint8Array.from(atob(trimmed), (c) => c.charCodeAt(0));
    default:
      // integer, long, float, double. Number() also reads the `NaN` / `Infinity` / `-Infinity` AWS uses.
      return Number(text);
  }
};

const named = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

/**
 * Reads one XML element as the given shape: numbers, booleans, timestamps and blobs converted, lists
 * always arrays (also with one item or none), maps as plain objects, absent members left out.
 */
export const readXmlShape = (element: XmlElement, schemaRef: SchemaRef): unknown => {
  const schema = resolveSchema(schemaRef);
  const out: Record<string, unknown> = {};
  switch (schema.type) {
    case 'structure':
      for (const key in schema.members) {
        const member = schema.members[key]!;
        const [child] = named(element, member.name ?? key);
        if (child) out[key] = readXmlShape(child, member.schema);
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
