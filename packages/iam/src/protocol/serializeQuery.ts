import { IamConfigError } from '../errors/IamConfigError.js';
import { resolveSchema, type Schema, type SchemaRef, type StructureSchema } from './schema.js';

type Params = [string, string][];

/**
 * Form-encodes exactly like botocore (Python's `urlencode`): everything but `A-Za-z0-9_.-~` is
 * percent-encoded (`encodeURIComponent` leaves `!'()*` alone) and a space becomes `+`. AWS accepts any
 * form encoding, but servers that re-encode the parsed form to check the signature (moto) need this one.
 */
const encode = (value: string): string =>
  encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%20/g, '+');

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** AWS Query wants ISO 8601 in UTC; whole seconds print without the `.000` noise. */
const formatTimestamp = (value: unknown, format: string | undefined, name: string): string => {
  const date = value instanceof Date ? value : new Date(value as string | number);
  if (Number.isNaN(date.getTime())) throw new IamConfigError(`${name}: not a valid timestamp`);
  if (format === 'unixTimestamp') return String(date.getTime() / 1000);
  if (format === 'rfc822') return date.toUTCString();
  return date.toISOString().replace('.000Z', 'Z');
};

const add = (params: Params, schemaRef: SchemaRef, value: unknown, prefix: string, flat?: true): void => {
  if (value === undefined || value === null) return;
  const schema: Schema = resolveSchema(schemaRef);
  switch (schema.type) {
    case 'structure':
      addStructure(params, schema, value as Record<string, unknown>, prefix);
      return;
    case 'list': {
      const items = value as unknown[];
      // An empty list is sent as a bare key, like botocore: the only way to say "clear this list".
      if (items.length === 0) {
        params.push([prefix, '']);
        return;
      }
      const member = resolveSchema(schema.member);
      let listPrefix = `${prefix}.${schema.memberName ?? 'member'}`;
      if (flat || schema.flattened) {
        listPrefix = schema.memberName ? prefix.replace(/[^.]*$/, schema.memberName) : prefix;
      }
      items.forEach((item, i) => {
        add(params, member, item, `${listPrefix}.${i + 1}`);
      });
      return;
    }
    case 'map': {
      const base = flat || schema.flattened ? prefix : `${prefix}.entry`;
      Object.entries(value as Record<string, unknown>).forEach(([key, item], i) => {
        add(params, schema.key, key, `${base}.${i + 1}.${schema.keyName ?? 'key'}`);
        add(params, schema.value, item, `${base}.${i + 1}.${schema.valueName ?? 'value'}`);
      });
      return;
    }
    case 'timestamp':
      params.push([prefix, formatTimestamp(value, schema.timestampFormat, prefix)]);
      return;
    case 'blob':
      params.push([
        prefix,
        typeof value === 'string' ? toBase64(new TextEncoder().encode(value)) : toBase64(value as Uint8Array),
      ]);
      return;
    default:
      params.push([prefix, String(value)]);
  }
};

const addStructure = (
  params: Params,
  schema: StructureSchema,
  value: Record<string, unknown>,
  prefix: string,
): void => {
  for (const key in schema.members) {
    const member = schema.members[key]!;
    const name = member.name ?? key;
    add(params, member.schema, value[key], prefix ? `${prefix}.${name}` : name, member.flattened);
  }
};

/**
 * Serialises an operation input as an AWS Query (`application/x-www-form-urlencoded`) body.
 *
 * Members the schema does not know are ignored rather than sent, so a typo cannot reach AWS as a
 * parameter it would reject with a confusing message.
 *
 * @example
 * ```ts
 * serializeQuery('ListUsers', '2010-05-08', { MaxItems: 10 }, ListUsersRequest);
 * // 'Action=ListUsers&Version=2010-05-08&MaxItems=10'
 * ```
 */
export const serializeQuery = (
  action: string,
  version: string,
  input: object | undefined,
  schema: StructureSchema | undefined,
): string => {
  const params: Params = [
    ['Action', action],
    ['Version', version],
  ];
  if (schema && input) addStructure(params, schema, input as Record<string, unknown>, '');
  return params.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
};
