import { AwsServiceError } from '../errors/AwsServiceError.js';
import type { Protocol } from '../protocols/Protocol.js';
import { isRetryableResponse } from '../retry/retryableCodes.js';

/**
 * Turns a non-2xx response into an `AwsServiceError`, whatever the body looks like. A redirect is refused
 * as an error of its own: AWS APIs never redirect, and following one would hand the signed request and its
 * body to another host.
 */
export const toServiceError = (
  protocol: Protocol,
  service: string,
  operation: string,
  response: Response,
  body: string,
): AwsServiceError => {
  const status = response.status;
  const redirect = status < 400;
  const fields = redirect ? undefined : protocol.parseError(body, response.headers);
  const code =
    fields?.code ?? (redirect ? 'UnexpectedRedirect' : status >= 500 ? 'ServiceUnavailable' : 'UnknownError');
  return new AwsServiceError({
    code,
    awsMessage:
      fields?.message ??
      (redirect ? `HTTP ${status} redirect refused` : `HTTP ${status} without an AWS error body`),
    statusCode: status,
    requestId: fields?.requestId ?? response.headers.get('x-amzn-requestid') ?? undefined,
    type: fields?.type,
    retryable: !redirect && isRetryableResponse(code, status),
    service,
    operation,
    response: { status, headers: Object.fromEntries(response.headers), body },
  });
};
