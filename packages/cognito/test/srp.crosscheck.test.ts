// SRP proven against an independent implementation: amazon-cognito-identity-js, fed the same
// random bytes and clock, must send byte-identical SRP_A, TIMESTAMP and PASSWORD_CLAIM_SIGNATURE.
import { describe, expect, test } from 'vitest';
import type { CognitoCrypto } from '../src/auth/crypto/CognitoCrypto.js';
import { webCryptoBackend } from '../src/auth/crypto/webCryptoBackend.js';
import { nodeCryptoBackend } from '../src/auth/node/nodeCryptoBackend.js';
import { createDeviceVerifier } from '../src/auth/srp/createDeviceVerifier.js';
import { srpTimestamp } from '../src/auth/srp/srpTimestamp.js';
import { startSrp } from '../src/auth/srp/startSrp.js';
import { randomStream } from './support/randomStream.js';
import {
  referenceDeviceSignIn,
  referenceDeviceVerifier,
  referenceSignIn,
} from './support/referenceSignIn.js';

const N_HEX_PREFIX = 'ffffffffffffffffc90fdaa2';
// B values chosen for the padding edge cases: top bit set (needs a 00 byte), odd hex length,
// a short B, and ordinary ones from the random stream.
const cases = [
  {
    seed: 'alice',
    user: 'alice',
    typed: 'alice',
    password: 'Correct horse 1!',
    B: `${N_HEX_PREFIX}0123456789abcdef`,
    salt: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  },
  {
    seed: 'bob',
    user: 'b0b-uuid',
    typed: 'bob@example.com',
    password: 'pässwörd ✓',
    B: '7'.repeat(767),
    salt: '0001f00d',
  },
  {
    seed: 'carol',
    user: '6f1c5b9e-1111-4c2d-8e3f-0123456789ab',
    typed: 'carol',
    password: 'x',
    B: '8badf00d',
    salt: 'fedcba9876543210fedcba9876543210',
  },
  {
    seed: 'dave',
    user: 'dave',
    typed: 'Dave',
    password: 'P@ss word with spaces',
    B: 'c0ffee'.repeat(100),
    salt: '9',
  },
  { seed: 'erin', user: 'erin', typed: 'erin', password: '12345678', B: '1'.padEnd(768, '0'), salt: '00ff' },
];
const dates = [
  new Date('2026-03-03T09:05:07Z'),
  new Date('2026-12-31T23:59:59Z'),
  new Date('2027-01-10T00:00:00Z'),
];

const fixedCrypto = (backend: CognitoCrypto, seed: string): CognitoCrypto => ({
  ...backend,
  randomBytes: randomStream(seed),
});

describe.each([webCryptoBackend, nodeCryptoBackend])(
  'SRP with $name against amazon-cognito-identity-js',
  (backend) => {
    test.each(cases.map((c, i) => [c.seed, c, dates[i % dates.length]!] as const))(
      '%s',
      async (_, c, now) => {
        const userPoolId = 'eu-west-1_Ab12Cd34E';
        const secretBlock = Buffer.from(`secret block for ${c.seed}`).toString('base64');
        const reference = await referenceSignIn({
          userPoolId,
          username: c.typed,
          password: c.password,
          challenge: { USER_ID_FOR_SRP: c.user, SRP_B: c.B, SALT: c.salt, SECRET_BLOCK: secretBlock },
          now,
          random: randomStream(c.seed),
        });
        const srp = startSrp(fixedCrypto(backend, c.seed));
        const timestamp = srpTimestamp(now);
        const signature = await srp.passwordClaim({
          poolName: 'Ab12Cd34E',
          userId: c.user,
          password: c.password,
          srpB: c.B,
          salt: c.salt,
          secretBlock,
          timestamp,
        });
        expect(srp.srpA).toBe(reference.srpA);
        expect(timestamp).toBe(reference.responses.TIMESTAMP);
        expect(signature).toBe(reference.responses.PASSWORD_CLAIM_SIGNATURE);
        expect(reference.responses.USERNAME).toBe(c.user);
      },
    );

    test('the cases cover A with and without its top bit set, so both paddings of A are compared', () => {
      const tops = cases.map(
        (c) => Number.parseInt(startSrp(fixedCrypto(backend, c.seed)).srpA[0]!, 16) >= 8,
      );
      expect(new Set(tops)).toEqual(new Set([true, false]));
    });
  },
);

describe.each([webCryptoBackend, nodeCryptoBackend])(
  'device SRP with $name against amazon-cognito-identity-js',
  (backend) => {
    const deviceGroupKey = '-AbCdEfGhI';
    const deviceKey = 'eu-west-1_0a1b2c3d-4e5f-6789-abcd-ef0123456789';

    test.each(['device-1', 'device-2', 'device-3'])(
      'the same verifier, salt and password for ConfirmDevice (%s)',
      async (seed) => {
        const reference = referenceDeviceVerifier(deviceGroupKey, deviceKey, randomStream(seed));
        const random = randomStream(seed);
        random(128); // the library's helper draws its a first
        const ours = await createDeviceVerifier(
          { ...backend, randomBytes: random },
          deviceGroupKey,
          deviceKey,
        );
        expect(ours.devicePassword).toBe(reference.devicePassword);
        expect(ours.config).toEqual({ PasswordVerifier: reference.PasswordVerifier, Salt: reference.Salt });
      },
    );

    test.each(cases.slice(0, 3).map((c) => [c.seed, c] as const))(
      'the same DEVICE_PASSWORD_VERIFIER answer (%s)',
      async (_, c) => {
        const now = new Date('2026-07-04T05:06:07Z');
        const device = { deviceKey, deviceGroupKey, devicePassword: Buffer.from(c.seed).toString('base64') };
        const secretBlock = Buffer.from(`device block ${c.seed}`).toString('base64');
        const reference = referenceDeviceSignIn({
          device,
          username: c.user,
          challenge: { SRP_B: c.B, SALT: c.salt, SECRET_BLOCK: secretBlock },
          now,
          random: randomStream(c.seed),
        });
        const srp = startSrp(fixedCrypto(backend, c.seed));
        const signature = await srp.passwordClaim({
          poolName: deviceGroupKey,
          userId: deviceKey,
          password: device.devicePassword,
          srpB: c.B,
          salt: c.salt,
          secretBlock,
          timestamp: srpTimestamp(now),
        });
        expect(srp.srpA).toBe(reference.srpA);
        expect(reference.responses).toMatchObject({ TIMESTAMP: srpTimestamp(now), DEVICE_KEY: deviceKey });
        expect(signature).toBe(reference.responses.PASSWORD_CLAIM_SIGNATURE);
      },
    );
  },
);
