import type { AwsOperation, AwsPaginator } from './awsModel.js';
import { defined, type JsonObject } from './json.js';
import { errorFacts, operationErrors, shapeOf } from './modelFacts.js';
import { type SchemaContext, schemaRef } from './shapeToSchema.js';

/** Media types as they travel: Query posts a form and answers XML; JSON uses AWS's versioned JSON type. */
export const mediaTypes = (ctx: SchemaContext): { request: string; response: string } =>
  ctx.protocol === 'query'
    ? { request: 'application/x-www-form-urlencoded', response: 'text/xml' }
    : {
        request: `application/x-amz-json-${ctx.model.metadata.jsonVersion ?? '1.0'}`,
        response: `application/x-amz-json-${ctx.model.metadata.jsonVersion ?? '1.0'}`,
      };

const paginatorExtension = (p: AwsPaginator): JsonObject => {
  const out: JsonObject = {};
  const copy = (key: string, value: string | readonly string[] | undefined) => {
    if (value !== undefined) out[key] = typeof value === 'string' ? value : [...value];
  };
  copy('inputToken', p.input_token);
  copy('outputToken', p.output_token);
  copy('resultKey', p.result_key);
  copy('limitKey', p.limit_key);
  copy('moreResults', p.more_results);
  copy('nonAggregateKeys', p.non_aggregate_keys);
  return out;
};

/**
 * Responses keyed by the real HTTP status. Errors sharing a status are an `anyOf`, not a `oneOf`: their
 * bodies usually have the same members (often just `message`; the code travels outside the modelled
 * members), so a real error body matches several alternatives and would fail a `oneOf`.
 */
const errorResponses = (ctx: SchemaContext, op: AwsOperation, response: string): JsonObject => {
  const byStatus = new Map<number, { codes: string[]; refs: JsonObject[] }>();
  for (const shape of operationErrors(op)) {
    const facts = errorFacts(shape, shapeOf(ctx.model, shape));
    const entry = byStatus.get(facts.httpStatusCode) ?? { codes: [], refs: [] };
    entry.codes.push(facts.code);
    entry.refs.push({ $ref: schemaRef(shape) });
    byStatus.set(facts.httpStatusCode, entry);
  }
  const out: JsonObject = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const { codes, refs } = byStatus.get(status)!;
    const schema: JsonObject = refs.length === 1 ? refs[0]! : { anyOf: refs };
    out[String(status)] = {
      description: `AWS error ${codes.join(', ')}`,
      content: { [response]: { schema } },
    };
  }
  return out;
};

/** One OpenAPI path item for one AWS operation. */
export const operationToPath = (
  ctx: SchemaContext,
  op: AwsOperation,
  docsUrl: string,
  paginator: AwsPaginator | undefined,
): JsonObject => {
  const { request, response } = mediaTypes(ctx);
  const success: JsonObject = { description: `${op.name} succeeded` };
  if (op.output) success.content = { [response]: { schema: { $ref: schemaRef(op.output.shape) } } };
  const post = defined({
    operationId: op.name,
    summary: op.name,
    externalDocs: { url: docsUrl.replace('{op}', op.name) },
    deprecated: op.deprecated ? true : undefined,
    security: op.authtype === 'none' ? [] : undefined,
    requestBody: op.input
      ? { required: true, content: { [request]: { schema: { $ref: schemaRef(op.input.shape) } } } }
      : undefined,
    responses: { '200': success, ...errorResponses(ctx, op, response) },
    'x-aws-http': { method: op.http.method, requestUri: op.http.requestUri },
    'x-aws-result-wrapper': op.output?.resultWrapper,
    'x-aws-auth': op.authtype === 'none' ? 'none' : undefined,
    'x-aws-paginator': paginator ? paginatorExtension(paginator) : undefined,
  });
  return { post };
};
