import { resolveSchema, type SchemaRef, type StructureSchema } from '../../schema.js';
import { checkShape } from '../checkShape.js';

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

// Timestamps go as epoch seconds (AWS JSON's default) unless the model names another format; blobs as base64.
const toWire = (schemaRef: SchemaRef, value: unknown, path: string): unknown => {
  if (value === undefined || value === null) return undefined;
  const schema = resolveSchema(schemaRef);
  switch (schema.type) {
    case 'structure': {
      if (schema.document) return value;
      checkShape(value, 'structure', path);
      const out: Record<string, unknown> = {};
      for (const key in schema.members) {
        const wire = toWire(
          schema.members[key]!.schema,
          (value as Record<string, unknown>)[key],
          `${path}.${key}`,
        );
        if (wire !== undefined) out[key] = wire;
      }
      return out;
    }
    case 'list':
      checkShape(value, 'list', path);
      return (value as unknown[]).map((item, i) => toWire(schema.member, item, `${path}[${i}]`));
    case 'map': {
      checkShape(value, 'map', path);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as object)) {
        Object.defineProperty(out, key, {
          value: toWire(schema.value, item, `${path}.${key}`),
          enumerable: true,
        });
      }
      return out;
    }
    case 'timestamp': {
      const date = value instanceof Date ? value : new Date(value as string | number);
      if (schema.timestampFormat === 'iso8601') return date.toISOString();
      return date.getTime() / 1000;
    }
    case 'blob':
      return typeof value === 'string' ? btoa(value) : toBase64(value as Uint8Array);
    default:
      return value;
  }
};

/**
 * Serialises an operation input as an AWS JSON body: members the schema does not know are left out,
 * timestamps become epoch seconds and blobs base64.
 *
 * @example
 * ```ts
 * serializeJson({ ClientId: 'abc', AuthFlow: 'USER_PASSWORD_AUTH' }, InitiateAuthRequest); // '{"AuthFlow":...}'
 * ```
 */
export const serializeJson = (input: object | undefined, schema: StructureSchema | undefined): string =>
  JSON.stringify(schema && input ? toWire(schema, input, 'input') : {});
