/**
 * The error codes of Query services' signature failures as JSON services (Cognito) spell them.
 */
export const JSON_AUTH_CODES: Readonly<Record<string, string>> = {
  SignatureDoesNotMatch: 'InvalidSignatureException',
  InvalidClientTokenId: 'UnrecognizedClientException',
  IncompleteSignature: 'IncompleteSignatureException',
  MissingAuthenticationToken: 'MissingAuthenticationTokenException',
  ExpiredToken: 'ExpiredTokenException',
  RequestExpired: 'InvalidSignatureException',
  RequestTimeTooSkewed: 'InvalidSignatureException',
  AccessDenied: 'AccessDeniedException',
  InternalFailure: 'InternalErrorException',
};

/** A JSON 1.1 error body: `{"__type": code, "message": …}`, as Cognito writes it. */
export const jsonErrorBody = (code: string, message: string): string =>
  JSON.stringify({ __type: JSON_AUTH_CODES[code] ?? code, message });
