import { IamServiceError } from '../errors/IamServiceError.js';
import { parseQueryError } from '../protocol/parseQueryError.js';
import { isRetryableResponse } from '../retry/retryableCodes.js';

/** Turns a non-2xx IAM response into an `IamServiceError`, whatever the body looks like. */
export const toServiceError = (operation: string, response: Response, body: string): IamServiceError => {
  const fields = parseQueryError(body);
  const status = response.status;
  const code = fields.code ?? (status >= 500 ? 'ServiceUnavailable' : 'UnknownError');
  return new IamServiceError({
    code,
    message: fields.message ?? `HTTP ${status} without an AWS error body`,
    statusCode: status,
    requestId: fields.requestId ?? response.headers.get('x-amzn-requestid') ?? undefined,
    type: fields.type,
    retryable: isRetryableResponse(code, status),
    operation,
    response: { status, headers: Object.fromEntries(response.headers), body },
  });
};
