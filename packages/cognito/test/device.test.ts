// Remembered devices: ConfirmDevice with a verifier we generate, then DEVICE_SRP_AUTH and
// DEVICE_PASSWORD_VERIFIER answered for the user, checked by the test-side verifier.
import { describe, expect, test } from 'vitest';
import type { RememberedDevice, SignInResult } from '../src/auth/index.js';
import { authFixture, expectedSecretHash } from './support/authFixture.js';
import { MFA_CODE } from './support/fakeCognito.js';

const UUID = '11111111-2222-4c2d-8e3f-0123456789ab';

async function signInWithMfa(fixture: ReturnType<typeof authFixture>) {
  const first: SignInResult = await fixture.auth.signIn({
    username: 'carol@example.com',
    password: 'Carol pw 1!',
  });
  if (first.kind !== 'SOFTWARE_TOKEN_MFA') throw new Error(first.kind);
  const signedIn = await first.respond(MFA_CODE);
  if (signedIn.kind !== 'signedIn') throw new Error(signedIn.kind);
  return signedIn.tokens;
}

describe('remembered devices', () => {
  test('a remembered device signs in without MFA through DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER', async () => {
    const fixture = authFixture([
      { username: UUID, email: 'carol@example.com', password: 'Carol pw 1!', mfa: 'SOFTWARE_TOKEN_MFA' },
    ]);
    // The fake offers a new device on sign-ins without MFA: remember it, then turn MFA on.
    delete fixture.cognito.users[0]!.mfa;
    const start = await fixture.auth.signIn({ username: 'carol@example.com', password: 'Carol pw 1!' });
    if (start.kind !== 'signedIn') throw new Error(start.kind);
    expect(start.tokens.newDevice).toMatchObject({
      deviceKey: expect.stringMatching(/^us-east-1_/),
      deviceGroupKey: expect.any(String),
    });
    const { device, userConfirmationNecessary } = await fixture.auth.rememberDevice(start.tokens, {
      deviceName: 'laptop',
    });
    expect(userConfirmationNecessary).toBe(false);
    expect(device.deviceKey).toBe(start.tokens.newDevice!.deviceKey);
    expect(fixture.cognito.calls.at(-1)).toMatchObject({
      operation: 'ConfirmDevice',
      input: { AccessToken: start.tokens.accessToken, DeviceName: 'laptop', DeviceKey: device.deviceKey },
    });

    fixture.cognito.users[0]!.mfa = 'SOFTWARE_TOKEN_MFA';
    fixture.cognito.calls.length = 0;
    const result = await fixture.auth.signIn({
      username: 'carol@example.com',
      password: 'Carol pw 1!',
      device,
    });
    expect(result.kind).toBe('signedIn');
    expect(
      fixture.cognito.calls.map(
        (call) => (call.input as { ChallengeName?: string }).ChallengeName ?? call.operation,
      ),
    ).toEqual(['InitiateAuth', 'PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
    expect(fixture.cognito.calls[0]!.input).toMatchObject({
      AuthParameters: { DEVICE_KEY: device.deviceKey },
    });
    for (const call of fixture.cognito.calls.slice(1)) {
      expect(call.input).toMatchObject({
        ChallengeResponses: {
          USERNAME: UUID,
          DEVICE_KEY: device.deviceKey,
          SECRET_HASH: expectedSecretHash(UUID),
        },
      });
    }
  });

  test('a device with the wrong password is refused by the verifier', async () => {
    const fixture = authFixture([{ username: UUID, email: 'carol@example.com', password: 'Carol pw 1!' }]);
    const start = await fixture.auth.signIn({ username: UUID, password: 'Carol pw 1!' });
    if (start.kind !== 'signedIn') throw new Error(start.kind);
    const { device } = await fixture.auth.rememberDevice(start.tokens);
    const stolen: RememberedDevice = { ...device, devicePassword: 'guessed' };
    await expect(
      fixture.auth.signIn({ username: UUID, password: 'Carol pw 1!', device: stolen }),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  test('tokens without a new device cannot be remembered', async () => {
    const fixture = authFixture([
      { username: UUID, email: 'carol@example.com', password: 'Carol pw 1!', mfa: 'SOFTWARE_TOKEN_MFA' },
    ]);
    const tokens = await signInWithMfa(fixture);
    await expect(fixture.auth.rememberDevice(tokens)).rejects.toMatchObject({
      name: 'InvalidAuthInputError',
    });
  });
});
