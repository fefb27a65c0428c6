// The floor: the work no SigV4 signer can avoid, done with the bare primitives and nothing else.
// One SHA-256 of the payload, one SHA-256 of the canonical request (which ends with the payload
// hash), one HMAC of the string to sign (which ends with the canonical-request hash) with the
// signing key already derived and cached, each to hex. No URL parsing, no header handling, no
// encoding rules: a signer cannot be faster than this, so "signer / floor" is its overhead.
//
// The canonical request and string to sign are the real ones for the workload (computed by aws4's
// step functions, independent of our signer), minus their last line, which the floor recomputes:
// the floor's result must equal the signature every signer agreed on, so it provably did the work.
import { createHmac, hash as oneShotHash } from 'node:crypto';

const encoder = new TextEncoder();

/**
 * @param {{ payload: string | Uint8Array, canonicalRequest: string, stringToSign: string, signingKey: Uint8Array }} input
 *   canonicalRequest and stringToSign are the full texts; their last line (a hash) is recomputed.
 */
function split(input) {
  const cut = (text) => text.slice(0, text.lastIndexOf('\n') + 1);
  return { creqHead: cut(input.canonicalRequest), stsHead: cut(input.stringToSign) };
}

const sha256hex = (data) => oneShotHash('sha256', data, 'hex');

/**
 * node:crypto floor as issue 2 defines it: `crypto.hash` (one-shot, Node ≥ 20.12, the fastest
 * digest Node offers) for the two hashes and `createHmac` with the cached key for the HMAC.
 */
export function nodeFloor(input) {
  const { creqHead, stsHead } = split(input);
  const { payload } = input;
  // A Buffer key measured faster with createHmac than a pre-made KeyObject on Node 20.
  const key = Buffer.from(input.signingKey);
  return async () => {
    const creqHash = sha256hex(creqHead + sha256hex(payload));
    return createHmac('sha256', key)
      .update(stsHead + creqHash)
      .digest('hex');
  };
}

/**
 * A tighter node:crypto floor: the HMAC written out as RFC 2104's two hashes, H((K⊕opad) ‖
 * H((K⊕ipad) ‖ m)), each a `crypto.hash` call over a buffer padded once per key, the inner digest
 * carried as a 'binary' string (no Buffer allocated). On Node 20 that is cheaper than `createHmac`
 * for short messages, and a signer may do it (ours does); this floor shows how much.
 */
export function nodeFloorTwoHashHmac(input) {
  const { creqHead, stsHead } = split(input);
  const { payload } = input;
  const inner = Buffer.alloc(64 + 4096);
  const outer = Buffer.alloc(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = (input.signingKey[i] ?? 0) ^ 0x36;
    outer[i] = (input.signingKey[i] ?? 0) ^ 0x5c;
  }
  // Every string to sign of the workload has the same length: the view is made once.
  const view = inner.subarray(0, 64 + Buffer.byteLength(stsHead) + 64);
  return async () => {
    const creqHash = sha256hex(creqHead + sha256hex(payload));
    inner.write(stsHead + creqHash, 64);
    outer.write(oneShotHash('sha256', view, 'binary'), 64, 'binary');
    return oneShotHash('sha256', outer, 'hex');
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function toHex(buffer) {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]];
  return out;
}

/** WebCrypto floor: digest ×2 and HMAC sign with a key imported once; strings are UTF-8 encoded. */
export async function webCryptoFloor(input) {
  const { creqHead, stsHead } = split(input);
  const { subtle } = globalThis.crypto;
  const { payload } = input;
  const key = await subtle.importKey('raw', input.signingKey, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return async () => {
    const payloadBytes = typeof payload === 'string' ? encoder.encode(payload) : payload;
    const payloadHash = toHex(await subtle.digest('SHA-256', payloadBytes));
    const creqHash = toHex(await subtle.digest('SHA-256', encoder.encode(creqHead + payloadHash)));
    return toHex(await subtle.sign('HMAC', key, encoder.encode(stsHead + creqHash)));
  };
}

/** The derived signing key, computed once as a cache would hold it. */
export function deriveSigningKey(secretAccessKey, shortDate, region, service) {
  let key = `AWS4${secretAccessKey}`;
  for (const part of [shortDate, region, service, 'aws4_request']) {
    key = createHmac('sha256', key).update(part).digest();
  }
  return new Uint8Array(key);
}
