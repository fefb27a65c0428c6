import { uriEscape } from '@iamkit/signer';
import { resolveSchema, type Schema, type SchemaRef, type StructureSchema } from '../../schema.js';
import { checkShape } from '../checkShape.js';

type Params = [string, string][];

/**
 * Form-encodes exactly like botocore (Python's `urlencode`): everything but `A-Za-z0-9_.-~` is
 * percent-encoded (the signer's RFC 3986 `uriEscape`, already in the bundle) and a space becomes `+`. AWS accepts any
 * form encoding, but servers that re-encode the parsed form to check the signature (moto) need this one.
 */
const encode = (value: string): string => uriEscape(value).replace(/%20/g, '+');

// IAM's inputs are structures, lists (`Name.member.N`), strings, numbers and booleans only: no maps,
// timestamps, blobs, flattened lists or custom member names (test/protocolSubset.test.ts holds the
// generated schema to that), so those branches of the Query protocol are not carried here.
const add = (params: Params, schemaRef: SchemaRef, value: unknown, prefix: string): void => {
  if (value === undefined || value === null) return;
  const schema: Schema = resolveSchema(schemaRef);
  if (schema.type === 'structure' || schema.type === 'list') checkShape(value, schema.type, prefix);
  if (schema.type === 'structure') {
    for (const key in schema.members) {
      const member = schema.members[key]!;
      const name = member.name ?? key;
      add(
        params,
        member.schema,
        (value as Record<string, unknown>)[key],
        prefix ? `${prefix}.${name}` : name,
      );
    }
  } else if (schema.type === 'list') {
    const items = value as unknown[];
    // An empty list is sent as a bare key, like botocore: the only way to say "clear this list".
    if (!items.length) params.push([prefix, '']);
    items.forEach((item, i) => {
      add(params, schema.member, item, `${prefix}.member.${i + 1}`);
    });
  } else params.push([prefix, String(value)]);
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
  if (schema && input) add(params, schema, input, '');
  return params.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
};
