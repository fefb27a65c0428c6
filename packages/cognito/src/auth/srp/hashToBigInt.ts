import { fromHex, toHex, utf8 } from '../crypto/bytes.js';
import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';
import { padHex } from './padHex.js';

/** SHA-256 of the concatenated padded hex of `values`, as a number: how SRP hashes k and u. */
export async function hashToBigInt(crypto: CognitoCrypto, ...values: bigint[]): Promise<bigint> {
  return BigInt(`0x${toHex(await crypto.sha256(fromHex(values.map(padHex).join(''))))}`);
}

/**
 * SRP's private key x = H(salt || H(pool || user || ':' || password)). For a user the pool is the
 * user pool's name and the user is `USER_ID_FOR_SRP`; for a device, the device group key and the
 * device key.
 */
export async function passwordKey(
  crypto: CognitoCrypto,
  salt: bigint,
  pool: string,
  user: string,
  password: string,
): Promise<bigint> {
  const identity = toHex(await crypto.sha256(utf8(`${pool}${user}:${password}`)));
  return BigInt(`0x${toHex(await crypto.sha256(fromHex(padHex(salt) + identity)))}`);
}
