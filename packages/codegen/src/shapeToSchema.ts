import type { AwsMemberRef, AwsServiceModel, AwsShape } from './awsModel.js';
import { CodegenError } from './CodegenError.js';
import { defined, type JsonObject } from './json.js';
import { defaultTimestampFormat, errorFacts, type Protocol, shapeOf } from './modelFacts.js';

export interface SchemaContext {
  readonly model: AwsServiceModel;
  readonly protocol: Protocol;
  readonly urlEncodedShapes: ReadonlySet<string>;
  /**
   * Structures only outputs reach. The runtime hands out every list and map member of an output (`[]` /
   * `{}` when AWS leaves it out), so there they are required; a structure inputs reach too keeps them
   * optional, or callers would have to send them.
   */
  readonly outputOnly: ReadonlySet<string>;
}

export const schemaRef = (name: string): string => `#/components/schemas/${name}`;

const trueOr = (flag: boolean | undefined): true | undefined => (flag ? true : undefined);

/**
 * A reference to a member's shape plus the member-level facts: wire name, flattening, timestamp format.
 * XML names only mean something in the Query protocol, so JSON members stay bare references.
 */
export const memberSchema = (ctx: SchemaContext, member: AwsMemberRef, wireDefault?: string): JsonObject => {
  const query = ctx.protocol === 'query';
  const xmlName = member.locationName ?? wireDefault;
  return defined({
    $ref: schemaRef(member.shape),
    deprecated: trueOr(member.deprecated),
    xml: query && xmlName !== undefined ? { name: xmlName } : undefined,
    'x-aws-location-name': member.locationName,
    'x-aws-query-name': member.queryName,
    'x-aws-flattened': trueOr(member.flattened),
    'x-aws-xml-attribute': trueOr(member.xmlAttribute),
    'x-aws-timestamp-format': member.timestampFormat,
    'x-aws-idempotency-token': trueOr(member.idempotencyToken),
  });
};

const scalarSchema = (ctx: SchemaContext, name: string, shape: AwsShape): JsonObject => {
  const bounds = (lo: string, hi: string) => ({ [lo]: shape.min, [hi]: shape.max });
  switch (shape.type) {
    case 'string':
      return defined({
        type: 'string',
        enum: shape.enum ? [...shape.enum] : undefined,
        ...bounds('minLength', 'maxLength'),
        pattern: shape.pattern,
        'x-aws-url-encoded': trueOr(ctx.urlEncodedShapes.has(name)),
      });
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
    case 'long':
      return defined({
        type: 'integer',
        format: shape.type === 'long' ? 'int64' : 'int32',
        ...bounds('minimum', 'maximum'),
      });
    case 'float':
    case 'double':
      return defined({ type: 'number', format: shape.type, ...bounds('minimum', 'maximum') });
    case 'timestamp':
      return defined({
        type: 'string',
        format: 'date-time',
        'x-aws-timestamp-format': shape.timestampFormat ?? defaultTimestampFormat(ctx.protocol),
      });
    case 'blob':
      // Lengths count bytes, not base64 characters, so they stay AWS facts rather than minLength/maxLength.
      return defined({
        type: 'string',
        format: 'byte',
        contentEncoding: 'base64',
        'x-aws-min-bytes': shape.min,
        'x-aws-max-bytes': shape.max,
      });
    default:
      throw new CodegenError(`shape ${name} has unsupported type ${shape.type}`);
  }
};

const structureSchema = (ctx: SchemaContext, name: string, shape: AwsShape): JsonObject => {
  // A document is free-form JSON: no type at all, so any value validates.
  if (shape.document) return { 'x-aws-document': true };
  const properties: JsonObject = {};
  for (const [memberName, member] of Object.entries(shape.members ?? {})) {
    properties[memberName] = memberSchema(ctx, member);
  }
  const error = shape.exception ? errorFacts(name, shape) : undefined;
  const required = new Set(shape.required);
  if (ctx.outputOnly.has(name)) {
    for (const [memberName, member] of Object.entries(shape.members ?? {})) {
      const { type } = shapeOf(ctx.model, member.shape);
      if (type === 'list' || type === 'map') required.add(memberName);
    }
  }
  return defined({
    type: 'object',
    properties,
    required: required.size ? [...required] : undefined,
    'x-aws-error': error ? { ...error } : undefined,
  });
};

/** The component schema of one AWS shape, named after it. */
export const shapeToSchema = (ctx: SchemaContext, name: string): JsonObject => {
  const shape = shapeOf(ctx.model, name);
  const query = ctx.protocol === 'query';
  let schema: JsonObject;
  if (shape.type === 'structure') {
    schema = structureSchema(ctx, name, shape);
  } else if (shape.type === 'list') {
    if (!shape.member) throw new CodegenError(`list ${name} has no member`);
    schema = defined({
      type: 'array',
      items: memberSchema(ctx, shape.member, query ? 'member' : undefined),
      minItems: shape.min,
      maxItems: shape.max,
      xml: query ? { wrapped: !shape.flattened } : undefined,
      'x-aws-flattened': trueOr(shape.flattened),
    });
  } else if (shape.type === 'map') {
    if (!shape.key || !shape.value) throw new CodegenError(`map ${name} lacks a key or value`);
    schema = defined({
      type: 'object',
      propertyNames: { $ref: schemaRef(shape.key.shape) },
      additionalProperties: { $ref: schemaRef(shape.value.shape) },
      minProperties: shape.min,
      maxProperties: shape.max,
      'x-aws-map': query
        ? defined({
            keyName: shape.key.locationName ?? 'key',
            valueName: shape.value.locationName ?? 'value',
            flattened: trueOr(shape.flattened),
          })
        : undefined,
    });
  } else {
    schema = scalarSchema(ctx, name, shape);
  }
  if (shape.deprecated) schema.deprecated = true;
  if (shape.sensitive) schema['x-aws-sensitive'] = true;
  return schema;
};
