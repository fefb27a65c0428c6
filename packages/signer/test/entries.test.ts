// The two entries: the universal one (WebCrypto by default) and the node one (node:crypto by
// default, same API plus the node backend). Package resolution is covered by the pack test.
import { describe, expect, test } from 'vitest';
import * as universal from '../src/index.js';
import * as node from '../src/index.node.js';
import { credentials, DATE } from './support/fixtures.js';

const options = { credentials, region: 'us-east-1', service: 'iam' };
const request = { url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08' };

describe('entries', () => {
  test('the node entry has the universal API plus the node backend', () => {
    expect(Object.keys(node).sort()).toEqual([...Object.keys(universal), 'nodeCryptoBackend'].sort());
  });

  test('default backends: WebCrypto for the universal entry, node:crypto under the node condition', () => {
    expect(JSON.parse(JSON.stringify(universal.createSigner(options))).crypto).toBe('webcrypto');
    expect(JSON.parse(JSON.stringify(node.createSigner(options))).crypto).toBe('node:crypto');
    expect(
      JSON.parse(JSON.stringify(node.createSigner({ ...options, crypto: node.webCryptoBackend }))).crypto,
    ).toBe('webcrypto');
  });

  test('both entries sign identically', async () => {
    const a = await universal.createSigner(options).sign(request, { signingDate: DATE });
    const b = await node.createSigner(options).sign(request, { signingDate: DATE });
    expect(a.headers.authorization).toBe(b.headers.authorization);
  });

  test("the node entry's step functions default to node:crypto (its HMACs are Buffers)", async () => {
    const nodeKey = await node.getSigningKey(credentials.secretAccessKey, '20150830', 'us-east-1', 'iam');
    const webKey = await universal.getSigningKey(credentials.secretAccessKey, '20150830', 'us-east-1', 'iam');
    expect(Buffer.isBuffer(nodeKey)).toBe(true);
    expect(Buffer.isBuffer(webKey)).toBe(false);
    expect(Buffer.from(nodeKey).equals(Buffer.from(webKey))).toBe(true);
    const stringToSign = await node.createStringToSign(
      'GET\n/',
      '20150830T123600Z',
      '20150830/us-east-1/iam/aws4_request',
    );
    expect(stringToSign).toBe(
      await universal.createStringToSign('GET\n/', '20150830T123600Z', '20150830/us-east-1/iam/aws4_request'),
    );
    expect(await node.computeSignature(nodeKey, stringToSign)).toBe(
      await universal.computeSignature(webKey, stringToSign),
    );
  });
});
