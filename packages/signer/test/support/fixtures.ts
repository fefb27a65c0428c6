import { createHash } from 'node:crypto';
import type { CryptoBackend } from '../../src/backends/CryptoBackend.js';

export const ACCESS_KEY_ID = 'AKIDEXAMPLE';
export const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
export const TOKEN = 'FQoGZXIvYXdzEXAMPLE/session+token==';
export const DATE = new Date('2015-08-30T12:36:00Z');
export const credentials = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET };

/** The canonical request of the IAM ListUsers example in AWS's SigV4 documentation (written out by AWS). */
export const DOCS_CANONICAL_REQUEST = [
  'GET',
  '/',
  'Action=ListUsers&Version=2010-05-08',
  'content-type:application/x-www-form-urlencoded; charset=utf-8',
  'host:iam.amazonaws.com',
  'x-amz-date:20150830T123600Z',
  '',
  'content-type;host;x-amz-date',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
].join('\n');

/** SHA-256 hex by node:crypto, independent of the backends under test. */
export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The fields of an Authorization header value. */
export function parseAuthorization(value: string | undefined) {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([\da-f]{64})$/.exec(
      value ?? '',
    );
  if (!match) throw new Error(`not a SigV4 Authorization header: ${value}`);
  const [, accessKeyId, day, region, service, signedHeaders, signature] = match;
  return { accessKeyId, day, region, service, signedHeaders: signedHeaders!.split(';'), signature };
}

/** A backend that counts HMAC calls, to observe signing-key derivations (4 HMACs each). */
export function countingBackend(base: CryptoBackend) {
  const counts = { hmac: 0 };
  const backend: CryptoBackend = {
    ...base,
    name: `counting ${base.name}`,
    hmac: (key, data) => {
      counts.hmac++;
      return base.hmac(key, data);
    },
  };
  return { backend, derivations: () => counts.hmac / 4 };
}
