import type { XmlElement } from './parseXml.js';
import { resolveSchema, type Schema, type SchemaRef, type StructureSchema } from './schema.js';

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));

const readScalar = (schema: Schema, text: string): unknown => {
  switch (schema.type) {
    case 'boolean':
      return text.trim() === 'true';
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      // Number() also reads the `NaN` / `Infinity` / `-Infinity` AWS uses for non-finite floats.
      return Number(text);
    case 'timestamp': {
      const t = text.trim();
      return new Date(
        schema.timestampFormat === 'unixTimestamp' || /^\d+(\.\d+)?$/.test(t) ? Number(t) * 1000 : t,
      );
    }
    case 'blob':
      return fromBase64(text);
    default:
      // IAM returns policy documents URL-encoded (RFC 3986); hand them out as the JSON the caller wrote.
      return 'urlEncoded' in schema && schema.urlEncoded ? decodeURIComponent(text) : text;
  }
};

const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

const readListItems = (items: XmlElement[], member: SchemaRef): unknown[] =>
  items.map((item) => readXmlShape(item, member));

const readMapEntries = (
  entries: XmlElement[],
  keyName: string,
  valueName: string,
  value: SchemaRef,
): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const entry of entries) {
    const k = childrenNamed(entry, keyName)[0];
    const v = childrenNamed(entry, valueName)[0];
    if (k && v) out[k.text] = readXmlShape(v, value);
  }
  return out;
};

const readStructure = (element: XmlElement, schema: StructureSchema): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key in schema.members) {
    const member = schema.members[key]!;
    const memberSchema = resolveSchema(member.schema);
    const wireName = member.name ?? key;
    const flat = member.flattened || ('flattened' in memberSchema && memberSchema.flattened);
    if (flat && memberSchema.type === 'list') {
      const items = childrenNamed(element, memberSchema.memberName ?? wireName);
      if (items.length) out[key] = readListItems(items, memberSchema.member);
    } else if (flat && memberSchema.type === 'map') {
      const entries = childrenNamed(element, wireName);
      if (entries.length) {
        out[key] = readMapEntries(
          entries,
          memberSchema.keyName ?? 'key',
          memberSchema.valueName ?? 'value',
          memberSchema.value,
        );
      }
    } else {
      const child = childrenNamed(element, wireName)[0];
      if (child) out[key] = readXmlShape(child, memberSchema);
    }
  }
  return out;
};

/**
 * Reads one XML element as the given shape: numbers, booleans, timestamps and blobs converted, lists
 * always arrays (also with one item or none), maps as plain objects, absent members left out.
 */
export const readXmlShape = (element: XmlElement, schemaRef: SchemaRef): unknown => {
  const schema = resolveSchema(schemaRef);
  switch (schema.type) {
    case 'structure':
      return readStructure(element, schema);
    case 'list':
      return readListItems(childrenNamed(element, schema.memberName ?? 'member'), schema.member);
    case 'map':
      return readMapEntries(
        childrenNamed(element, 'entry'),
        schema.keyName ?? 'key',
        schema.valueName ?? 'value',
        schema.value,
      );
    default:
      return readScalar(schema, element.text);
  }
};
