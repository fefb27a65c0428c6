// The server's half of the math (test/support/srpServer.ts, node:crypto, written separately)
// accepts our password claims and refuses wrong passwords, users, pools and timestamps.
import { describe, expect, test } from 'vitest';
import { isSrpProtocolError } from '../src/auth/CognitoAuthError.js';
import { webCryptoBackend } from '../src/auth/crypto/webCryptoBackend.js';
import { nodeCryptoBackend } from '../src/auth/node/nodeCryptoBackend.js';
import { createDeviceVerifier } from '../src/auth/srp/createDeviceVerifier.js';
import { srpTimestamp } from '../src/auth/srp/srpTimestamp.js';
import { startSrp } from '../src/auth/srp/startSrp.js';
import { challenge, deviceRecord, register } from './support/srpServer.js';

const timestamp = srpTimestamp(new Date('2026-12-06T19:00:00Z'));

describe.each([webCryptoBackend, nodeCryptoBackend])(
  'SRP with $name against the test-side verifier',
  (crypto) => {
    test.each([
      ['ascii', 'alice', 'Correct horse 1!'],
      ['unicode', '6f1c5b9e-1111-4c2d-8e3f-0123456789ab', 'pässwörd ✓ 密码'],
    ])('accepts the right password (%s)', async (_, user, password) => {
      const record = register('Pool1', user, password);
      const srp = startSrp(crypto);
      const server = challenge(record, srp.srpA);
      const signature = await srp.passwordClaim({
        poolName: 'Pool1',
        userId: user,
        password,
        ...server,
        timestamp,
      });
      expect(server.verify({ timestamp, signature })).toBe(true);
      expect(server.verify({ timestamp: srpTimestamp(new Date('2026-12-06T19:00:01Z')), signature })).toBe(
        false,
      );
    });

    test.each([
      ['a wrong password', { password: 'wrong' }],
      ['a wrong user id', { userId: 'bob' }],
      ['a wrong pool name', { poolName: 'Pool2' }],
    ])('rejects %s', async (_, change) => {
      const record = register('Pool1', 'alice', 'right');
      const srp = startSrp(crypto);
      const server = challenge(record, srp.srpA);
      const claim = {
        poolName: 'Pool1',
        userId: 'alice',
        password: 'right',
        ...server,
        timestamp,
        ...change,
      };
      expect(server.verify({ timestamp, signature: await srp.passwordClaim(claim) })).toBe(false);
    });

    test('a device verifier from createDeviceVerifier lets the device prove its password', async () => {
      const { devicePassword, config } = await createDeviceVerifier(
        crypto,
        '-groupKey',
        'us-east-1_device-key',
      );
      const record = deviceRecord('-groupKey', 'us-east-1_device-key', config);
      const srp = startSrp(crypto);
      const server = challenge(record, srp.srpA);
      const claim = { poolName: '-groupKey', userId: 'us-east-1_device-key', ...server, timestamp };
      expect(
        server.verify({
          timestamp,
          signature: await srp.passwordClaim({ ...claim, password: devicePassword }),
        }),
      ).toBe(true);
      expect(
        server.verify({ timestamp, signature: await srp.passwordClaim({ ...claim, password: 'guess' }) }),
      ).toBe(false);
    });

    test.each([
      ['B = 0', { srpB: '0' }, /SRP_B from the server is 0 mod N/],
      [
        'B = N',
        {
          srpB: 'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3be39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a93ad2caffffffffffffffff',
        },
        /0 mod N/,
      ],
      ['B not hex', { srpB: 'xyz' }, /SRP_B from the server is not hex/],
      ['a salt not hex', { salt: '' }, /SALT from the server is not hex/],
      ['a secret block not base64', { secretBlock: '***' }, /SECRET_BLOCK from the server is not base64/],
    ])('refuses %s with an SrpProtocolError that quotes no secret', async (_, change, message) => {
      const srp = startSrp(crypto);
      const claim = {
        poolName: 'P',
        userId: 'u',
        password: 'hunter2-secret',
        srpB: '1234',
        salt: 'ab',
        secretBlock: 'AAAA',
        timestamp,
      };
      const error = await srp.passwordClaim({ ...claim, ...change }).catch((e: unknown) => e);
      expect(isSrpProtocolError(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('hunter2');
    });
  },
);
