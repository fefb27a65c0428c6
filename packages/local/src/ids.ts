import { randomBytes, randomUUID } from 'node:crypto';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

const pick = (alphabet: string, length: number): string =>
  Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');

/** Identifiers in the shapes AWS uses, so clients that check them (length, prefix) accept them. */
export const ids = {
  /** IAM unique ids: `AIDA` (user), `AGPA` (group), `AROA` (role), `ANPA` (policy), `AIPA` (profile). */
  iam: (prefix: 'AIDA' | 'AGPA' | 'AROA' | 'ANPA' | 'AIPA'): string => prefix + pick(UPPER_ALNUM, 17),
  accessKeyId: (prefix: 'AKIA' | 'ASIA'): string => prefix + pick(UPPER_ALNUM, 16),
  secret: (): string => randomBytes(30).toString('base64').replace(/[+/]/g, 'A').slice(0, 40),
  token: (): string => randomBytes(96).toString('base64'),
  uuid: (): string => randomUUID(),
  poolSuffix: (): string => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 9),
  clientId: (): string => pick(ALNUM, 26),
  clientSecret: (): string => pick(ALNUM, 51),
  code: (): string => String(100000 + (randomBytes(4).readUInt32BE() % 900000)),
};

/** An IAM timestamp: ISO 8601 in UTC without milliseconds, as IAM's XML shows them. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
