// Steps 2-4 of SigV4 and the crypto backends, against the worked IAM ListUsers example of AWS's
// SigV4 documentation (signing key, canonical request hash, signature) and RFC 4231 / FIPS 180 values.
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { nodeCryptoBackend } from '../src/backends/nodeCryptoBackend.js';
import { toHex } from '../src/backends/toHex.js';
import { computeSignature } from '../src/steps/computeSignature.js';
import { createStringToSign, credentialScope } from '../src/steps/createStringToSign.js';
import { getSigningKey } from '../src/steps/getSigningKey.js';
import { backends } from './support/backends.js';
import { DOCS_CANONICAL_REQUEST, SECRET } from './support/fixtures.js';

test('toHex uses two lowercase digits per byte', () => {
  expect(toHex(new Uint8Array([0, 15, 16, 171, 255]))).toBe('000f10abff');
  expect(toHex(new Uint8Array([1, 2]).buffer)).toBe('0102');
});

test('credentialScope', () => {
  expect(credentialScope('20150830', 'us-east-1', 'iam')).toBe('20150830/us-east-1/iam/aws4_request');
});

describe.each(backends)('%s backend', (_label, crypto) => {
  test('SHA-256 of text and bytes (FIPS 180-2 "abc", empty input, UTF-8)', async () => {
    expect(await crypto.sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await crypto.sha256('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await crypto.sha256(new Uint8Array([0x61, 0x62, 0x63]))).toBe(await crypto.sha256('abc'));
    expect(await crypto.sha256('ሴ')).toBe(await crypto.sha256(new Uint8Array([0xe1, 0x88, 0xb4])));
  });

  test('HMAC-SHA256 (RFC 4231 test case 2), raw and with an imported key', async () => {
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(toHex(await crypto.hmac('Jefe', 'what do ya want for nothing?'))).toBe(expected);
    const key = await crypto.importKey(new TextEncoder().encode('Jefe'));
    expect(await crypto.hmacHex(key, 'what do ya want for nothing?')).toBe(expected);
  });

  test('HMAC of long and multi-byte messages matches an independent HMAC', async () => {
    const keyBytes = new Uint8Array(32).map((_, index) => index * 7);
    const key = await crypto.importKey(keyBytes);
    for (const message of ['', 'ü', 'a'.repeat(1020), 'ü'.repeat(511), 'ü'.repeat(600), '😀'.repeat(300)]) {
      const expected = createHmac('sha256', keyBytes).update(message).digest('hex');
      expect(await crypto.hmacHex(key, message)).toBe(expected);
      expect(await crypto.hmacHex(key, message)).toBe(expected); // the key is reused
    }
  });

  test("steps 2-4 reproduce AWS's documented IAM example", async () => {
    const stringToSign = await createStringToSign(
      DOCS_CANONICAL_REQUEST,
      '20150830T123600Z',
      '20150830/us-east-1/iam/aws4_request',
      crypto,
    );
    expect(stringToSign).toBe(
      'AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\nf536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59',
    );
    const key = await getSigningKey(SECRET, '20150830', 'us-east-1', 'iam', crypto);
    expect(toHex(key)).toBe('c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9');
    // A '/' would shift the scope parts the key is derived from, an empty part drop one: refused,
    // not silently mis-derived.
    for (const [date, region, service] of [
      ['2015/08', 'us-east-1', 'iam'],
      ['20150830', 'us-east-1/x', 'iam'],
      ['20150830', 'us-east-1', 'i/am'],
      ['', 'us-east-1', 'iam'],
      ['20150830', '', 'iam'],
      ['20150830', 'us-east-1', ''],
    ]) {
      await expect(getSigningKey(SECRET, date!, region!, service!, crypto)).rejects.toThrow(
        /^Invalid (date|region|service)$/,
      );
    }
    expect(await computeSignature(key, stringToSign, crypto)).toBe(
      '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
  });
});

test('the node backend answers synchronously (no tick per primitive)', () => {
  expect(typeof nodeCryptoBackend.sha256('abc')).toBe('string');
  expect(nodeCryptoBackend.hmac('k', 'm')).toBeInstanceOf(Uint8Array);
  expect(typeof nodeCryptoBackend.hmacHex(nodeCryptoBackend.importKey(new Uint8Array(32)), 'm')).toBe(
    'string',
  );
});
