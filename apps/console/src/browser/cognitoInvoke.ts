// TO BE REPLACED by @iamkit/cognito's typed client (`createCognitoClient`) once it exists: until then
// the browser's Cognito calls go through this one file. AWS JSON 1.1 over fetch, UNSIGNED: the
// operations sign-in uses need no AWS credentials, and none are ever in the browser.
import type { CognitoInvoke } from '@iamkit/cognito';

/** Cognito's error, by its `__type` (e.g. NotAuthorizedException) and message. */
export class CognitoRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

/** An invoke for sign-in that POSTs to `endpoint` (Cognito's, or the emulator's). */
export function cognitoInvoke(endpoint: string): CognitoInvoke {
  return async (operation, input, { signed }) => {
    if (signed)
      throw new CognitoRequestError(
        'SignedOperation',
        `${operation} needs AWS credentials: not in a browser`,
      );
    const response = await fetch(`${endpoint}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(input),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const type = String(body.__type ?? 'UnknownError');
      throw new CognitoRequestError(type.slice(type.lastIndexOf('#') + 1), String(body.message ?? type));
    }
    return body;
  };
}
