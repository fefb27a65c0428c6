import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonErrorBody } from '../wire/jsonError.js';
import { QUERY_NAMESPACES, queryErrorXml } from '../wire/queryXml.js';
import { preflightHeaders } from './corsHeaders.js';
import { handleCognito } from './handleCognito.js';
import { handleJwks } from './handleJwks.js';
import { handleQuery } from './handleQuery.js';
import { isLocalError } from './LocalError.js';
import type { Incoming, Reply, Runtime } from './Runtime.js';
import { readBody } from './readBody.js';

function bodyError(error: unknown, isJson: boolean, requestId: string): Reply {
  const code = isLocalError(error) ? error.code : 'InternalFailure';
  const message = isLocalError(error) ? error.message : 'The request could not be read.';
  const status = isLocalError(error) ? error.status : 400;
  return isJson
    ? {
        status,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: jsonErrorBody(code, message),
      }
    : {
        status,
        headers: { 'content-type': 'text/xml' },
        body: queryErrorXml(QUERY_NAMESPACES.iam, 'Sender', code, message, requestId),
      };
}

async function route(runtime: Runtime, request: IncomingMessage): Promise<Reply> {
  const requestId = randomUUID();
  const rawUrl = request.url ?? '/';
  const [path = '/', queryString = ''] = rawUrl.split('?', 2);
  if (request.method === 'OPTIONS')
    return { status: 200, headers: preflightHeaders(request.headers), body: '' };
  const isJson = request.headers['x-amz-target'] !== undefined;
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    return bodyError(error, isJson, requestId);
  }
  if (request.method === 'GET' && !isJson) {
    const jwks = handleJwks(runtime, path);
    if (jwks) return jwks;
  }
  const incoming: Incoming = {
    method: request.method ?? 'GET',
    rawUrl,
    headers: request.headersDistinct,
    body,
    query: new URLSearchParams(queryString),
    requestId,
  };
  return isJson ? handleCognito(runtime, incoming) : handleQuery(runtime, incoming);
}

/** The node:http listener: routes every request, answers errors AWS-style, never throws. */
export const createHandler =
  (runtime: Runtime) =>
  (request: IncomingMessage, response: ServerResponse): void => {
    route(runtime, request)
      .catch(
        (): Reply => ({
          status: 500,
          headers: { 'content-type': 'text/xml' },
          body: queryErrorXml(
            QUERY_NAMESPACES.iam,
            'Receiver',
            'InternalFailure',
            'Internal failure.',
            randomUUID(),
          ),
        }),
      )
      .then((reply) => {
        response.writeHead(reply.status, {
          ...reply.headers,
          date: new Date(runtime.clock()).toUTCString(),
          'content-length': Buffer.byteLength(reply.body),
        });
        response.end(reply.body);
      });
  };
