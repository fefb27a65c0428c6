import type { ReceivedRequest } from './verifySignature.js';

/** True when the request carries a SigV4 signature in either form. */
export const isSigned = (request: ReceivedRequest, query: URLSearchParams): boolean =>
  request.headers.authorization !== undefined ||
  query.has('X-Amz-Signature') ||
  query.has('X-Amz-Credential');
