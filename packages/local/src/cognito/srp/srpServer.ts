import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { g, hexHash, k, modPow, N, padHex } from './srpGroup.js';

const INFO = Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]);

/** The password's SRP verifier v = g^x, x = H(salt | H(poolName | username | ':' | password)). */
export function srpVerifier(poolName: string, username: string, password: string, saltHex: string): string {
  const inner = createHash('sha256').update(`${poolName}${username}:${password}`, 'utf8').digest('hex');
  const x = BigInt(`0x${hexHash(padHex(BigInt(`0x${saltHex}`)) + inner)}`);
  return modPow(g, x, N).toString(16);
}

/** The server's ephemeral pair: secret b and B = k·v + g^b (mod N). */
export function srpServerKeys(verifierHex: string): { b: bigint; bigB: bigint } {
  const v = BigInt(`0x${verifierHex}`);
  for (;;) {
    const b = BigInt(`0x${randomBytes(128).toString('hex')}`) % N;
    const bigB = (k * v + modPow(g, b, N)) % N;
    if (bigB !== 0n) return { b, bigB };
  }
}

/**
 * Checks a PASSWORD_VERIFIER claim: derives the session key from S = (A·v^u)^b, HKDF'd with
 * 'Caldera Derived Key' into 16 bytes, and compares the client's HMAC of
 * poolName | userIdForSrp | secretBlock | timestamp with it.
 */
export function srpCheckClaim(input: {
  bigA: bigint;
  bigB: bigint;
  b: bigint;
  verifierHex: string;
  poolName: string;
  userIdForSrp: string;
  secretBlock: string;
  timestamp: string;
  signature: string;
}): boolean {
  const u = BigInt(`0x${hexHash(padHex(input.bigA) + padHex(input.bigB))}`);
  if (u === 0n) return false;
  const v = BigInt(`0x${input.verifierHex}`);
  const s = modPow((input.bigA * modPow(v, u, N)) % N, input.b, N);
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
    .update(Buffer.from(padHex(s), 'hex'))
    .digest();
  const key = createHmac('sha256', prk).update(INFO).digest().subarray(0, 16);
  const expected = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(input.poolName, 'utf8'),
        Buffer.from(input.userIdForSrp, 'utf8'),
        Buffer.from(input.secretBlock, 'base64'),
        Buffer.from(input.timestamp, 'utf8'),
      ]),
    )
    .digest();
  const given = Buffer.from(input.signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
