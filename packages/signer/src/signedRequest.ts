import type { Signing } from './computeSigning.js';
import { Redacted } from './redact.js';
import { ALGORITHM } from './stringToSign.js';
import type { SignableRequest, SignedRequest } from './types.js';
import { uriEscape } from './uriEscape.js';

/** The header map of a signed request: a plain record whose JSON and inspect forms hide the session token. */
class SignedHeaders extends Redacted {}

/** A signed request whose JSON and inspect forms hide the session token. */
class Signed extends Redacted implements SignedRequest {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: Record<string, string>,
  ) {
    super();
  }
}

const copyHeaders = (request: SignableRequest): Record<string, string> => {
  const headers = new SignedHeaders() as unknown as Record<string, string>;
  const input = request.headers;
  for (const key in input) {
    const value = input[key];
    if (value !== undefined) headers[key] = typeof value === 'string' ? value : value.join(', ');
  }
  return headers;
};

/** Shapes a header signature into the request to send: input headers first, then the signing headers. */
export function headerSignedRequest(
  request: SignableRequest,
  signing: Signing,
  contentSha256: boolean,
): SignedRequest {
  const headers = copyHeaders(request);
  const { keys, credentials } = signing;
  const set = (name: string, value: string) => {
    headers[keys[name] ?? name] = value;
  };
  if (credentials.sessionToken) set('x-amz-security-token', credentials.sessionToken);
  set('x-amz-date', signing.amzDate);
  if (contentSha256) set('x-amz-content-sha256', signing.payloadHash);
  set(
    'authorization',
    ALGORITHM +
      ' Credential=' +
      credentials.accessKeyId +
      '/' +
      signing.scope +
      ', SignedHeaders=' +
      signing.signedHeaders +
      ', Signature=' +
      signing.signature,
  );
  return new Signed((request.method ?? 'GET').toUpperCase(), request.url, headers);
}

/**
 * Shapes a query signature into a presigned URL: the URL as given, then the `X-Amz-*` parameters in
 * the order AWS's own signers emit them, the session token last before the signature.
 */
export function querySignedRequest(
  request: SignableRequest,
  signing: Signing,
  expiresIn: number,
): SignedRequest {
  const { url, credentials } = signing;
  const base = url.base;
  const token = credentials.sessionToken;
  const separator = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
  const query =
    'X-Amz-Algorithm=' +
    ALGORITHM +
    '&X-Amz-Credential=' +
    uriEscape(credentials.accessKeyId + '/' + signing.scope) +
    '&X-Amz-Date=' +
    signing.amzDate +
    '&X-Amz-SignedHeaders=' +
    uriEscape(signing.signedHeaders) +
    '&X-Amz-Expires=' +
    expiresIn +
    (token ? '&X-Amz-Security-Token=' + uriEscape(token) : '') +
    '&X-Amz-Signature=' +
    signing.signature;
  return new Signed(
    (request.method ?? 'GET').toUpperCase(),
    base + separator + query + request.url.slice(base.length),
    copyHeaders(request),
  );
}
