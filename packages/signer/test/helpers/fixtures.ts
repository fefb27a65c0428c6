import { createHash } from 'node:crypto';
import type { CryptoBackend } from '../../src/CryptoBackend.js';

export const ACCESS_KEY_ID = 'AKIDEXAMPLE';
export const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
export const TOKEN = 'FQoGZXIvYXdzEXAMPLE/session+token==';
export const DATE = new Date('2015-08-30T12:36:00Z');
export const credentials = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET };

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
