import { fromHex, toHex } from '../crypto/bytes.js';
import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';
import { padHex } from './padHex.js';

/** SHA-256 of the concatenated padded hex of `values`, as a number: how SRP hashes k and u. */
export async function hashToBigInt(crypto: CognitoCrypto, ...values: bigint[]): Promise<bigint> {
  return BigInt(`0x${toHex(await crypto.sha256(fromHex(values.map(padHex).join(''))))}`);
}
