import { createHash, timingSafeEqual } from 'node:crypto';
import {
  computeSignature,
  createCanonicalRequest,
  createStringToSign,
  credentialScope,
  getSigningKey,
  type HeaderMap,
} from '@iamkit/signer';
import { LocalError } from '../server/LocalError.js';
import { type ParsedSignature, parseAuthorizationHeader, parsePresignedQuery } from './parseSignature.js';

/** AWS's allowed clock difference between a signature's date and the server's clock. */
export const MAX_SKEW_MS = 15 * 60 * 1000;

/** A request as received, enough to recompute its signature. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query exactly as received. */
  readonly rawUrl: string;
  readonly headers: Readonly<Record<string, string[] | undefined>>;
  readonly body: Buffer;
}

/** The secret behind an access key the emulator issued. */
export interface KeySecret {
  readonly secret: string;
  readonly sessionToken?: string | undefined;
  readonly expiration?: number | undefined;
}

/** Who signed: the key and the scope it signed for. */
export interface VerifiedSignature {
  readonly accessKeyId: string;
  readonly region: string;
  readonly service: string;
}

const amzDateToMs = (amzDate: string): number =>
  Date.UTC(
    +amzDate.slice(0, 4),
    +amzDate.slice(4, 6) - 1,
    +amzDate.slice(6, 8),
    +amzDate.slice(9, 11),
    +amzDate.slice(11, 13),
    +amzDate.slice(13, 15),
  );

/** True when the request carries a SigV4 signature in either form. */
export const isSigned = (request: ReceivedRequest, query: URLSearchParams): boolean =>
  request.headers.authorization !== undefined ||
  query.has('X-Amz-Signature') ||
  query.has('X-Amz-Credential');

const first = (request: ReceivedRequest, name: string): string | undefined => request.headers[name]?.[0];

function parse(request: ReceivedRequest, query: URLSearchParams): ParsedSignature {
  const authorization = first(request, 'authorization');
  if (authorization !== undefined) {
    return parseAuthorizationHeader(
      authorization,
      first(request, 'x-amz-date') ?? undefined,
      first(request, 'x-amz-security-token'),
    );
  }
  return parsePresignedQuery(query);
}

function checkTime(parsed: ParsedSignature, now: number): void {
  const signedAt = amzDateToMs(parsed.amzDate);
  if (parsed.expires !== undefined) {
    if (now > signedAt + parsed.expires * 1000 || signedAt - now > MAX_SKEW_MS) {
      throw new LocalError('RequestExpired', 'Request has expired.', 400);
    }
  } else if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    throw new LocalError(
      'RequestTimeTooSkewed',
      `Signature expired: ${parsed.amzDate} is now earlier or later than the allowed 15 minutes from the current time.`,
      403,
    );
  }
}

/** The canonical request's URL: the received one, without the signature of a presigned URL. */
function signedUrl(request: ReceivedRequest, presigned: boolean, host: string): string {
  const [path = '/', query] = request.rawUrl.split('?', 2) as [string, string | undefined];
  const kept = (query ?? '')
    .split('&')
    .filter((part) => part !== '' && !(presigned && part.startsWith('X-Amz-Signature=')));
  return `http://${host}${path}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
}

/**
 * Verifies the SigV4 signature of `request` (header or presigned form) against the key it names:
 * the signature is recomputed with `@iamkit/signer`'s steps. Throws a {@link LocalError} with AWS's
 * code: `IncompleteSignature`, `InvalidClientTokenId`, `ExpiredToken`, `SignatureDoesNotMatch`,
 * `RequestTimeTooSkewed` or `RequestExpired`.
 */
export async function verifySignature(
  request: ReceivedRequest,
  query: URLSearchParams,
  services: readonly string[],
  lookup: (accessKeyId: string) => KeySecret | undefined,
  now: number,
): Promise<VerifiedSignature> {
  const parsed = parse(request, query);
  if (!services.includes(parsed.service)) {
    throw new LocalError(
      'SignatureDoesNotMatch',
      `Credential should be scoped to correct service: '${services[0]}'.`,
      403,
    );
  }
  const key = lookup(parsed.accessKeyId);
  if (!key || (key.sessionToken !== undefined && key.sessionToken !== parsed.sessionToken)) {
    throw new LocalError(
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
      403,
    );
  }
  if (key.expiration !== undefined && now >= key.expiration) {
    throw new LocalError('ExpiredToken', 'The security token included in the request is expired', 400);
  }
  checkTime(parsed, now);
  if (parsed.date !== parsed.amzDate.slice(0, 8)) {
    throw new LocalError(
      'SignatureDoesNotMatch',
      'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.',
      403,
    );
  }
  if (!parsed.signedHeaders.includes('host')) {
    throw new LocalError(
      'SignatureDoesNotMatch',
      `'Host' must be a 'SignedHeader' in the AWS Authorization.`,
      403,
    );
  }
  const headers: Record<string, string[]> = {};
  for (const name of parsed.signedHeaders) headers[name] = request.headers[name] ?? [];
  const presigned = parsed.expires !== undefined;
  const payloadHash =
    first(request, 'x-amz-content-sha256') ?? createHash('sha256').update(request.body).digest('hex');
  const canonical = createCanonicalRequest(
    {
      method: request.method,
      url: signedUrl(request, presigned, first(request, 'host') ?? 'localhost'),
      headers: headers as HeaderMap,
    },
    { payloadHash, unsignedHeaders: new Set() },
  );
  const scope = credentialScope(parsed.date, parsed.region, parsed.service);
  const stringToSign = await createStringToSign(canonical, parsed.amzDate, scope);
  const expected = await computeSignature(
    await getSigningKey(key.secret, parsed.date, parsed.region, parsed.service),
    stringToSign,
  );
  const given = Buffer.from(parsed.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
    throw new LocalError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      403,
    );
  }
  return { accessKeyId: parsed.accessKeyId, region: parsed.region, service: parsed.service };
}
