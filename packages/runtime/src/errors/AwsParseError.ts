import { AwsError, guardFor } from './AwsError.js';

/**
 * The response was not what AWS sends: malformed XML or JSON, a DOCTYPE, bad base64, or a body larger
 * than `maxResponseBytes`.
 */
export class AwsParseError extends AwsError {
  override name = 'AwsParseError';
}

export const isAwsParseError = /* @__PURE__ */ guardFor<AwsParseError>('AwsParseError');
