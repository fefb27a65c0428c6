import type { IncomingHttpHeaders } from 'node:http';

/** The CORS headers Cognito sends with every response, so browser code can read them. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
};

/** The answer to a CORS preflight (`OPTIONS`): the requested headers, POST, cached two days. */
export const preflightHeaders = (headers: IncomingHttpHeaders): Record<string, string> => ({
  ...CORS_HEADERS,
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers':
    (headers['access-control-request-headers'] as string | undefined) ??
    'content-type,x-amz-target,x-amz-user-agent',
  'access-control-max-age': '172800',
});
