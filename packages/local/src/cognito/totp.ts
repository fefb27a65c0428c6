import { randomBytes } from 'node:crypto';
import { totpCode } from './totpCode.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A random TOTP secret in base32 (what AssociateSoftwareToken returns as `SecretCode`). */
const newSecret = (): string => Array.from(randomBytes(32), (byte) => BASE32[byte % 32]).join('');

/** Whether `code` is the code of the current step or the one before or after (clock drift). */
const check = (secret: string, code: string, ms: number): boolean =>
  [-30000, 0, 30000].some((drift) => totpCode(secret, ms + drift) === code);

/** TOTP MFA as the emulator checks it (RFC 6238). */
export const totp = { newSecret, check };
