import { LocalError } from '../server/LocalError.js';

/** What a SigV4 signature claims, from the `Authorization` header or a presigned URL's query. */
export interface ParsedSignature {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  readonly amzDate: string;
  readonly sessionToken: string | undefined;
  /** Seconds a presigned URL is valid; undefined for header signatures. */
  readonly expires: number | undefined;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const AMZ_DATE = /^\d{8}T\d{6}Z$/;

const incomplete = (message: string) => new LocalError('IncompleteSignature', message, 400);

function parseCredential(credential: string): [string, string, string, string] {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || parts.some((part) => part === '')) {
    throw incomplete(
      `Credential should be scoped to a valid region and service, not '${parts.slice(1).join('/')}'.`,
    );
  }
  return [parts[0]!, parts[1]!, parts[2]!, parts[3]!];
}

/** Parses the header form: `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. */
export function parseAuthorizationHeader(
  authorization: string,
  amzDate: string | undefined,
  sessionToken: string | undefined,
): ParsedSignature {
  const [algorithm, ...rest] = authorization.trim().split(/\s+/);
  if (algorithm !== ALGORITHM) {
    throw incomplete(`Unsupported AWS 'algorithm': '${algorithm ?? ''}'`);
  }
  const fields = new Map<string, string>();
  for (const part of rest.join('').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((name) => !fields.get(name));
  if (missing.length > 0) {
    throw incomplete(
      missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' ') +
        ` Authorization=${ALGORITHM}`,
    );
  }
  if (!amzDate || !AMZ_DATE.test(amzDate)) {
    throw incomplete(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`);
  }
  const [accessKeyId, date, region, service] = parseCredential(fields.get('Credential')!);
  return {
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: fields.get('SignedHeaders')!.split(';'),
    signature: fields.get('Signature')!,
    amzDate,
    sessionToken,
    expires: undefined,
  };
}

/** Parses the presigned form: `X-Amz-Algorithm`, `X-Amz-Credential`, … in the query. */
export function parsePresignedQuery(query: URLSearchParams): ParsedSignature {
  const need = [
    'X-Amz-Algorithm',
    'X-Amz-Credential',
    'X-Amz-Date',
    'X-Amz-SignedHeaders',
    'X-Amz-Signature',
  ];
  const missing = need.filter((name) => !query.get(name));
  if (missing.length > 0) {
    throw incomplete(`AWS query-string parameters must include ${missing.map((m) => `'${m}'`).join(', ')}.`);
  }
  if (query.get('X-Amz-Algorithm') !== ALGORITHM) throw incomplete(`Unsupported AWS 'algorithm'.`);
  const amzDate = query.get('X-Amz-Date')!;
  if (!AMZ_DATE.test(amzDate)) throw incomplete(`X-Amz-Date must be in the ISO8601 Long Format.`);
  const expires = Number(query.get('X-Amz-Expires') ?? '900');
  if (!Number.isInteger(expires) || expires < 1 || expires > 604800) {
    throw new LocalError('AuthorizationQueryParametersError', 'X-Amz-Expires must be between 1 and 604800.');
  }
  const [accessKeyId, date, region, service] = parseCredential(query.get('X-Amz-Credential')!);
  return {
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: query.get('X-Amz-SignedHeaders')!.split(';'),
    signature: query.get('X-Amz-Signature')!,
    amzDate,
    sessionToken: query.get('X-Amz-Security-Token') ?? undefined,
    expires,
  };
}
