import { SrpProtocolError } from '../CognitoAuthError.js';
import { concat, fromBase64, fromHex, toBase64, toHex, utf8 } from '../crypto/bytes.js';
import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';
import { deriveKey } from './deriveKey.js';
import { hashToBigInt, passwordKey } from './hashToBigInt.js';
import { modPow } from './modPow.js';
import { padHex } from './padHex.js';
import { srpGroup } from './srpGroup.js';

const { N, g } = srpGroup;

/** What the server's PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER) challenge gives, and who signs. */
export interface PasswordClaimInput {
  /** The user pool's name (the part of its id after `_`), or the device group key. */
  poolName: string;
  /** `USER_ID_FOR_SRP`, or the device key. */
  userId: string;
  /** The user's password, or the device's random password. */
  password: string;
  /** SRP_B, hex. */
  srpB: string;
  /** SALT, hex. */
  salt: string;
  /** SECRET_BLOCK, base64. */
  secretBlock: string;
  /** TIMESTAMP, as {@link srpTimestamp} formats it. */
  timestamp: string;
}

/** One SRP handshake: the public A to send, and the proof for the server's answer. */
export interface SrpHandshake {
  /** SRP_A: g^a mod N, lowercase hex. */
  readonly srpA: string;
  /** PASSWORD_CLAIM_SIGNATURE (base64) proving the password for the server's B and salt. */
  passwordClaim(input: PasswordClaimInput): Promise<string>;
}

const parseHex = (name: string, hex: string): bigint => {
  if (!/^[0-9a-f]+$/i.test(hex)) throw new SrpProtocolError(`${name} from the server is not hex`);
  return BigInt(`0x${hex}`);
};

const decodeSecretBlock = (secretBlock: string): Uint8Array => {
  try {
    return fromBase64(secretBlock);
  } catch {
    throw new SrpProtocolError('SECRET_BLOCK from the server is not base64');
  }
};

/**
 * Starts SRP-6a as Cognito does it: a random 128-byte a (kept in this closure, never exposed) and
 * A = g^a mod N. The claim then computes u = H(A || B), x, S = (B - k g^x)^(a + u x) mod N, the
 * HKDF key and its HMAC over pool name, user id, secret block and timestamp.
 *
 * @example
 * ```ts
 * const srp = startSrp(webCryptoBackend);
 * // send srp.srpA, then answer PASSWORD_VERIFIER with:
 * const signature = await srp.passwordClaim({ poolName, userId, password, srpB, salt, secretBlock, timestamp });
 * ```
 */
export function startSrp(crypto: CognitoCrypto): SrpHandshake {
  const a = BigInt(`0x${toHex(crypto.randomBytes(128))}`);
  const A = modPow(g, a, N);
  // With a from 128 random bytes this cannot happen; SRP-6a still requires the check.
  if (A === 0n) throw new SrpProtocolError('A mod N is 0: the random source is broken');
  return {
    srpA: A.toString(16),
    async passwordClaim(input) {
      const B = parseHex('SRP_B', input.srpB);
      if (B % N === 0n) throw new SrpProtocolError('SRP_B from the server is 0 mod N');
      const u = await hashToBigInt(crypto, A, B);
      if (u === 0n) throw new SrpProtocolError('u = H(A, B) is 0');
      const salt = parseHex('SALT', input.salt);
      const x = await passwordKey(crypto, salt, input.poolName, input.userId, input.password);
      const k = await hashToBigInt(crypto, N, g);
      const base = (((B - k * modPow(g, x, N)) % N) + N) % N;
      const S = modPow(base, a + u * x, N);
      const key = await deriveKey(crypto, fromHex(padHex(S)), fromHex(padHex(u)));
      const message = concat(
        utf8(input.poolName),
        utf8(input.userId),
        decodeSecretBlock(input.secretBlock),
        utf8(input.timestamp),
      );
      return toBase64(await crypto.hmac(key, message));
    },
  };
}
