import { AwsConfigError } from '../../errors/AwsConfigError.js';
import type { Protocol } from '../Protocol.js';
import { parseJsonError } from './parseJsonError.js';
import { parseJsonResponse } from './parseJsonResponse.js';
import { serializeJson } from './serializeJson.js';

/**
 * AWS JSON 1.0 / 1.1 (Cognito user pools): the input as JSON with `X-Amz-Target: <prefix>.<Operation>`
 * and `Content-Type: application/x-amz-json-<version>`, errors from `__type`.
 *
 * @example
 * ```ts
 * const client = createServiceClient({ service, protocol: jsonProtocol, endpointRules }, config);
 * ```
 */
export const jsonProtocol: Protocol = {
  name: 'json',
  serialize: (service, operation, input) => {
    if (!service.targetPrefix) throw new AwsConfigError(`${service.name} has no JSON target prefix`);
    return {
      body: serializeJson(input, operation.input),
      headers: {
        'content-type': `application/x-amz-json-${service.jsonVersion ?? '1.0'}`,
        'x-amz-target': `${service.targetPrefix}.${operation.name}`,
      },
    };
  },
  parse: (operation, body) => parseJsonResponse(body, operation),
  parseError: parseJsonError,
};
