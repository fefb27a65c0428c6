// The server's half of Cognito's SRP-6a, written for the tests from the protocol (RFC 5054 with
// Cognito's padding, HKDF and signature), on node:crypto and its own arithmetic: it imports
// nothing from src/, so it checks our client instead of agreeing with it by construction.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const g = 2n;

/** Java's BigInteger.toByteArray() of a non-negative number. */
function javaBytes(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  return bytes[0]! & 0x80 ? Buffer.concat([Buffer.of(0), bytes]) : bytes;
}
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const toInt = (bytes: Buffer) => BigInt(`0x${bytes.toString('hex') || '0'}`);
function power(base: bigint, exponent: bigint): bigint {
  let out = 1n;
  for (let bit = exponent.toString(2), i = 0; i < bit.length; i++) {
    out = (out * out) % N;
    if (bit[i] === '1') out = (out * base) % N;
  }
  return out;
}
const k = toInt(sha256(javaBytes(N), javaBytes(g)));

/** What Cognito stores for a user (or device): the salt and the verifier v = g^x. */
export interface SrpRecord {
  pool: string;
  user: string;
  salt: bigint;
  verifier: bigint;
}

/** Registers `user` in `pool` with `password`: a random 16-byte salt (or `salt`) and v = g^x mod N. */
export function register(
  pool: string,
  user: string,
  password: string,
  salt = toInt(randomBytes(16)),
): SrpRecord {
  const inner = createHash('sha256').update(`${pool}${user}:${password}`, 'utf8').digest();
  const x = toInt(sha256(javaBytes(salt), inner));
  return { pool, user, salt, verifier: power(g, x) };
}

/** A record from ConfirmDevice's DeviceSecretVerifierConfig (base64 verifier and salt). */
export function deviceRecord(
  deviceGroupKey: string,
  deviceKey: string,
  config: { PasswordVerifier: string; Salt: string },
): SrpRecord {
  return {
    pool: deviceGroupKey,
    user: deviceKey,
    salt: toInt(Buffer.from(config.Salt, 'base64')),
    verifier: toInt(Buffer.from(config.PasswordVerifier, 'base64')),
  };
}

/** The server's state between SRP_A and the password claim. */
export interface SrpChallenge {
  srpB: string;
  salt: string;
  secretBlock: string;
  /** Whether the claim proves the password the record was made with. */
  verify(claim: { timestamp: string; signature: string }): boolean;
}

/** Answers SRP_A for `record`: B = k v + g^b mod N, a random secret block, and the claim's check. */
export function challenge(record: SrpRecord, srpA: string): SrpChallenge {
  const A = BigInt(`0x${srpA}`);
  if (A % N === 0n) throw new Error('A mod N is 0');
  const b = toInt(randomBytes(128));
  const B = (k * record.verifier + power(g, b)) % N;
  const secretBlock = randomBytes(64);
  const u = toInt(sha256(javaBytes(A), javaBytes(B)));
  const S = power((A * power(record.verifier, u)) % N, b);
  const key = Buffer.from(hkdfSync('sha256', javaBytes(S), javaBytes(u), 'Caldera Derived Key', 16));
  return {
    srpB: B.toString(16),
    salt: record.salt.toString(16),
    secretBlock: secretBlock.toString('base64'),
    verify({ timestamp, signature }) {
      const message = Buffer.concat([
        Buffer.from(record.pool + record.user, 'utf8'),
        secretBlock,
        Buffer.from(timestamp),
      ]);
      const expected = createHmac('sha256', key).update(message).digest();
      const given = Buffer.from(signature, 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
