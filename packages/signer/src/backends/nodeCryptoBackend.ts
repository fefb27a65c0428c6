import * as nodeCrypto from 'node:crypto';
import type { CryptoBackend } from './CryptoBackend.js';

type Data = string | Uint8Array;
// crypto.hash (Node >= 20.12) hashes in one call, about twice as fast as createHash for small inputs.
const oneShot = typeof nodeCrypto.hash === 'function';
const hash: (data: Data) => string = oneShot
  ? (data) => nodeCrypto.hash('sha256', data, 'hex')
  : (data) => nodeCrypto.createHash('sha256').update(data).digest('hex');

/**
 * A signing key prepared for HMAC (RFC 2104) as two one-shot hashes: the key XOR ipad, then room
 * for the message; the key XOR opad, then room for the inner digest. Reused for every signature
 * made with the key; hmacHex is synchronous, so one buffer per key is never shared by two calls.
 * `view` covers the key and the last message: strings to sign with one scope all have one length,
 * so it is made once.
 */
interface PreparedKey {
  readonly key: Uint8Array;
  readonly inner: Buffer;
  readonly outer: Buffer;
  view: Uint8Array;
}

const prepare = (key: Uint8Array): PreparedKey => {
  const inner = Buffer.alloc(64 + 1024);
  const outer = Buffer.alloc(64 + 32);
  for (let at = 0; at < 64; at++) {
    inner[at] = (key[at] ?? 0) ^ 0x36;
    outer[at] = (key[at] ?? 0) ^ 0x5c;
  }
  return { key, inner, outer, view: inner.subarray(0, 0) };
};

const hmacHex = (prepared: PreparedKey, data: string): string => {
  const { key, inner, outer } = prepared;
  const length = inner.write(data, 64);
  // A message that may not have fit (or a key longer than a block) takes the general path.
  if (!oneShot || key.length > 64 || length >= inner.length - 64 - 3) {
    return nodeCrypto.createHmac('sha256', key).update(data).digest('hex');
  }
  if (prepared.view.length !== 64 + length) {
    prepared.view = new Uint8Array(inner.buffer, inner.byteOffset, 64 + length);
  }
  // The inner digest travels as a 32-character 'binary' (latin1: one byte per character) string,
  // not as a Buffer: a Buffer's own memory costs more to allocate than the hash costs to compute.
  outer.write(nodeCrypto.hash('sha256', prepared.view, 'binary'), 64, 'binary');
  return nodeCrypto.hash('sha256', outer, 'hex');
};

/**
 * `node:crypto`, synchronous: the default backend under the `node` export condition (Node, and
 * runtimes that honour it). Large bodies are hashed in place, without copies.
 *
 * @example
 * ```ts
 * import { createSigner, nodeCryptoBackend } from '@iamkit/signer';
 * const signer = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto: nodeCryptoBackend });
 * ```
 */
export const nodeCryptoBackend: CryptoBackend = {
  name: 'node:crypto',
  sha256: hash,
  hmac: (key, data) => nodeCrypto.createHmac('sha256', key).update(data).digest(),
  importKey: prepare,
  hmacHex: (key, data) => hmacHex(key as PreparedKey, data),
};
