import type { Protocol } from '../Protocol.js';
import { parseQueryError } from './parseQueryError.js';
import { parseQueryResponse } from './parseQueryResponse.js';
import { serializeQuery } from './serializeQuery.js';

const HEADERS = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };

/**
 * AWS Query with XML responses (IAM, STS): the input form-encoded with `Action` and `Version`, the output
 * read from `<XResult>`, errors from `<ErrorResponse>`.
 *
 * @example
 * ```ts
 * const client = createServiceClient({ service, protocol: queryProtocol, endpointRules }, config);
 * ```
 */
export const queryProtocol: Protocol = {
  name: 'query',
  serialize: (service, operation, input) => ({
    body: serializeQuery(operation.name, service.apiVersion, input, operation.input),
    headers: HEADERS,
  }),
  parse: (operation, body) => parseQueryResponse(body, operation),
  parseError: (body) => parseQueryError(body),
};
