import { createHmac, randomBytes } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A random TOTP secret in base32 (what AssociateSoftwareToken returns as `SecretCode`). */
export const newTotpSecret = (): string => Array.from(randomBytes(32), (byte) => BASE32[byte % 32]).join('');

const decodeBase32 = (text: string): Buffer => {
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    const index = BASE32.indexOf(char);
    if (index >= 0) bits += index.toString(2).padStart(5, '0');
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => Number.parseInt(byte, 2)));
};

/** The RFC 6238 code (HMAC-SHA1, 30-second steps, 6 digits) of `secret` at `ms`. */
export function totpCode(secret: string, ms: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(ms / 30000)));
  const mac = createHmac('sha1', decodeBase32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

/** Whether `code` is the code of the current step or the one before or after (clock drift). */
export const checkTotp = (secret: string, code: string, ms: number): boolean =>
  [-30000, 0, 30000].some((drift) => totpCode(secret, ms + drift) === code);
