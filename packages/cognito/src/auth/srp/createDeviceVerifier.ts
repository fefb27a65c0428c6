import { fromHex, toBase64, toHex } from '../crypto/bytes.js';
import type { CognitoCrypto } from '../crypto/CognitoCrypto.js';
import { passwordKey } from './hashToBigInt.js';
import { modPow } from './modPow.js';
import { padHex } from './padHex.js';
import { srpGroup } from './srpGroup.js';

/** A new device's secret and the verifier Cognito stores for it (ConfirmDevice's input). */
export interface DeviceVerifier {
  /** The device's random password (base64 of 40 random bytes). Secret: store it like a refresh token. */
  devicePassword: string;
  /** DeviceSecretVerifierConfig for ConfirmDevice: the verifier g^x mod N and the salt, base64. */
  config: { PasswordVerifier: string; Salt: string };
}

/**
 * Generates a remembered device's password, salt and SRP verifier as amazon-cognito-identity-js
 * does: a random password, a 16-byte random salt, x from the device group key and device key.
 *
 * @example
 * ```ts
 * const { devicePassword, config } = await createDeviceVerifier(webCryptoBackend, deviceGroupKey, deviceKey);
 * ```
 */
export async function createDeviceVerifier(
  crypto: CognitoCrypto,
  deviceGroupKey: string,
  deviceKey: string,
): Promise<DeviceVerifier> {
  const devicePassword = toBase64(crypto.randomBytes(40));
  const salt = BigInt(`0x${toHex(crypto.randomBytes(16))}`);
  const x = await passwordKey(crypto, salt, deviceGroupKey, deviceKey, devicePassword);
  const verifier = modPow(srpGroup.g, x, srpGroup.N);
  return {
    devicePassword,
    config: { PasswordVerifier: toBase64(fromHex(padHex(verifier))), Salt: toBase64(fromHex(padHex(salt))) },
  };
}
