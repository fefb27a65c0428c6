// The sign-in flow end to end against a fake Cognito (test/support/fakeCognito.ts) that checks
// SRP proofs with the test-side verifier and SECRET_HASH with the right user name at each step.
import { describe, expect, test } from 'vitest';
import type { CognitoInvoke, SignInResult } from '../src/auth/index.js';
import { isInvalidAuthInputError, isUnsupportedChallengeError } from '../src/auth/index.js';
import { createCognitoAuth } from '../src/auth/index.node.js';
import { authFixture, CLIENT_ID, expectedSecretHash, NOW, USER_POOL_ID } from './support/authFixture.js';
import { MFA_CODE } from './support/fakeCognito.js';

const UUID = '6f1c5b9e-1111-4c2d-8e3f-0123456789ab';
const alice = () => ({ username: UUID, email: 'alice@example.com', password: 'Correct horse 1!' });

function expectKind<K extends SignInResult['kind']>(
  result: SignInResult,
  kind: K,
): Extract<SignInResult, { kind: K }> {
  expect(result.kind).toBe(kind);
  return result as Extract<SignInResult, { kind: K }>;
}

describe('USER_SRP_AUTH with a client secret', () => {
  test('signs in by email alias: SECRET_HASH hashes the typed name first, then USER_ID_FOR_SRP', async () => {
    const { cognito, auth } = authFixture([alice()]);
    const result = expectKind(
      await auth.signIn({ username: 'alice@example.com', password: 'Correct horse 1!' }),
      'signedIn',
    );
    expect(result.tokens.expiresAt).toEqual(new Date(NOW.getTime() + 3600_000));
    expect(result.tokens.refreshToken).toMatch(/^refresh-/);
    const [initiate, verifier] = cognito.calls;
    expect(initiate).toMatchObject({
      operation: 'InitiateAuth',
      signed: false,
      input: {
        AuthFlow: 'USER_SRP_AUTH',
        ClientId: CLIENT_ID,
        AuthParameters: {
          USERNAME: 'alice@example.com',
          SECRET_HASH: expectedSecretHash('alice@example.com'),
        },
      },
    });
    expect(verifier).toMatchObject({
      operation: 'RespondToAuthChallenge',
      signed: false,
      input: {
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeResponses: {
          USERNAME: UUID,
          SECRET_HASH: expectedSecretHash(UUID),
          TIMESTAMP: 'Sun Dec 6 19:00:00 UTC 2026',
        },
      },
    });
    expect(cognito.calls).toHaveLength(2);
  });

  test('the fake is strict: hashing the typed name in PASSWORD_VERIFIER is "Unable to verify secret hash"', async () => {
    const { cognito } = authFixture([alice()]);
    // The classic bug, reproduced by rewriting our correct request on its way out.
    const buggy: CognitoInvoke = (operation, input, context) => {
      if (operation === 'RespondToAuthChallenge') {
        const responses = (input as { ChallengeResponses: Record<string, string> }).ChallengeResponses;
        responses.SECRET_HASH = expectedSecretHash('alice@example.com');
      }
      return cognito.invoke(operation, input, context) as never;
    };
    const auth = createCognitoAuth({
      userPoolId: USER_POOL_ID,
      clientId: CLIENT_ID,
      clientSecret: 'client-secret-value-do-not-log',
      invoke: buggy,
    });
    await expect(
      auth.signIn({ username: 'alice@example.com', password: 'Correct horse 1!' }),
    ).rejects.toThrow('Unable to verify secret hash');
  });

  test('a wrong password fails the server-side proof check', async () => {
    const { auth } = authFixture([alice()]);
    await expect(auth.signIn({ username: UUID, password: 'wrong' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });
});

describe('challenges', () => {
  test('NEW_PASSWORD_REQUIRED with a required attribute, then SOFTWARE_TOKEN_MFA', async () => {
    const { cognito, auth } = authFixture([
      { ...alice(), forceChangePassword: true, mfa: 'SOFTWARE_TOKEN_MFA' },
    ]);
    const step = expectKind(
      await auth.signIn({ username: 'alice@example.com', password: 'Correct horse 1!' }),
      'NEW_PASSWORD_REQUIRED',
    );
    expect(step.userAttributes).toEqual({ email: 'alice@example.com', email_verified: true });
    expect(step.requiredAttributes).toEqual(['given_name']);
    const mfa = expectKind(
      await step.respond({ newPassword: 'New password 2!', attributes: { given_name: 'Alice' } }),
      'SOFTWARE_TOKEN_MFA',
    );
    expect(cognito.calls.at(-1)!.input).toMatchObject({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ChallengeResponses: {
        USERNAME: UUID,
        NEW_PASSWORD: 'New password 2!',
        'userAttributes.given_name': 'Alice',
        SECRET_HASH: expectedSecretHash(UUID),
      },
    });
    await expect(mfa.respond('000000')).rejects.toMatchObject({ name: 'CodeMismatchException' });
    // A wrong code used the session up in the fake, as one attempt; sign in again for a fresh one.
    const again = expectKind(
      await auth.signIn({ username: 'alice@example.com', password: 'New password 2!' }),
      'SOFTWARE_TOKEN_MFA',
    );
    expectKind(await again.respond(MFA_CODE), 'signedIn');
    expect(cognito.calls.at(-1)!.input).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeResponses: {
        USERNAME: UUID,
        SOFTWARE_TOKEN_MFA_CODE: MFA_CODE,
        SECRET_HASH: expectedSecretHash(UUID),
      },
    });
  });

  test('SELECT_MFA_TYPE offers the options, refuses another, and leads to the chosen code', async () => {
    const { auth } = authFixture([{ ...alice(), mfa: 'SELECT' }]);
    const select = expectKind(
      await auth.signIn({ username: UUID, password: 'Correct horse 1!' }),
      'SELECT_MFA_TYPE',
    );
    expect(select.options).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
    await expect(select.respond('EMAIL_OTP')).rejects.toThrow(/choose one of SMS_MFA, SOFTWARE_TOKEN_MFA/);
    const totp = expectKind(await select.respond('SOFTWARE_TOKEN_MFA'), 'SOFTWARE_TOKEN_MFA');
    expectKind(await totp.respond(MFA_CODE), 'signedIn');
  });

  test.each([
    ['SMS_MFA', '+*******1234'],
    ['EMAIL_OTP', 'a***@e***'],
  ] as const)('%s tells where the code went', async (mfa, destination) => {
    const { auth } = authFixture([{ ...alice(), mfa }]);
    const step = expectKind(await auth.signIn({ username: UUID, password: 'Correct horse 1!' }), mfa);
    expect(step.destination).toBe(destination);
    expectKind(await step.respond(MFA_CODE), 'signedIn');
  });

  test('MFA_SETUP with an authenticator app: associate, verify, signed in; the secret is redacted', async () => {
    const { cognito, auth } = authFixture([{ ...alice(), mfa: 'SETUP' }]);
    const setup = expectKind(
      await auth.signIn({ username: UUID, password: 'Correct horse 1!' }),
      'MFA_SETUP',
    );
    expect(setup.options).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    const app = await setup.setUpSoftwareToken();
    expect(app.secretCode).toBe('JBSWY3DPEHPK3PXP');
    expect(JSON.stringify(app)).not.toContain('JBSWY3DPEHPK3PXP');
    expectKind(await app.verify(MFA_CODE, { friendlyDeviceName: 'phone' }), 'signedIn');
    expect(cognito.calls.map((call) => call.operation)).toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge',
      'AssociateSoftwareToken',
      'VerifySoftwareToken',
      'RespondToAuthChallenge',
    ]);
    expect(cognito.calls[3]!.input).toMatchObject({ UserCode: MFA_CODE, FriendlyDeviceName: 'phone' });
  });

  test('MFA_SETUP by email leads to EMAIL_OTP', async () => {
    const { auth } = authFixture([{ ...alice(), mfa: 'SETUP' }]);
    const setup = expectKind(
      await auth.signIn({ username: UUID, password: 'Correct horse 1!' }),
      'MFA_SETUP',
    );
    const otp = expectKind(await setup.setUpEmailOtp('alice@example.com'), 'EMAIL_OTP');
    expectKind(await otp.respond(MFA_CODE), 'signedIn');
  });

  test('CUSTOM_AUTH without a password: the trigger asks until answered right', async () => {
    const { cognito, auth } = authFixture([{ ...alice(), customAnswer: '42' }]);
    const first = expectKind(
      await auth.signIn({ flow: 'CUSTOM_AUTH', username: 'alice@example.com' }),
      'CUSTOM_CHALLENGE',
    );
    expect(first.parameters.question).toBe('What is 6 x 7?');
    const second = expectKind(await first.respond('41'), 'CUSTOM_CHALLENGE');
    expect(second.parameters.question).toBe('Try again');
    expectKind(await second.respond('42'), 'signedIn');
    expect(cognito.calls[0]!.input).toMatchObject({
      AuthFlow: 'CUSTOM_AUTH',
      AuthParameters: { USERNAME: 'alice@example.com' },
    });
    expect(cognito.calls.at(-1)!.input).toMatchObject({
      ChallengeResponses: { USERNAME: UUID, ANSWER: '42', SECRET_HASH: expectedSecretHash(UUID) },
    });
  });

  test('CUSTOM_AUTH with a password runs SRP first (CHALLENGE_NAME SRP_A)', async () => {
    const { cognito, auth } = authFixture([{ ...alice(), customAnswer: '42' }]);
    const custom = expectKind(
      await auth.signIn({ flow: 'CUSTOM_AUTH', username: UUID, password: 'Correct horse 1!' }),
      'CUSTOM_CHALLENGE',
    );
    expect(cognito.calls[0]!.input).toMatchObject({ AuthParameters: { CHALLENGE_NAME: 'SRP_A' } });
    expect(cognito.calls[1]!.input).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER' });
    expectKind(await custom.respond('42'), 'signedIn');
  });

  test('an unknown challenge is an UnsupportedChallengeError naming it', async () => {
    const invoke = (async () => ({
      ChallengeName: 'WEB_AUTHN',
      Session: 's',
      ChallengeParameters: {},
    })) as CognitoInvoke;
    const auth = createCognitoAuth({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID, invoke });
    const error = await auth
      .signIn({ username: 'u', password: 'p', flow: 'USER_PASSWORD_AUTH' })
      .catch((e: unknown) => e);
    expect(isUnsupportedChallengeError(error)).toBe(true);
    expect((error as Error).message).toContain('WEB_AUTHN');
  });
});

describe('password flows', () => {
  test('USER_PASSWORD_AUTH sends the password once, unsigned', async () => {
    const { cognito, auth } = authFixture([alice()]);
    expectKind(
      await auth.signIn({
        flow: 'USER_PASSWORD_AUTH',
        username: 'alice@example.com',
        password: 'Correct horse 1!',
      }),
      'signedIn',
    );
    expect(cognito.calls).toMatchObject([
      {
        operation: 'InitiateAuth',
        signed: false,
        input: { AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { PASSWORD: 'Correct horse 1!' } },
      },
    ]);
  });

  test('ADMIN_USER_PASSWORD_AUTH uses the signed Admin operations, with the pool id, through its challenges', async () => {
    const { cognito, auth } = authFixture([{ ...alice(), mfa: 'SOFTWARE_TOKEN_MFA' }]);
    const mfa = expectKind(
      await auth.signIn({
        flow: 'ADMIN_USER_PASSWORD_AUTH',
        username: 'alice@example.com',
        password: 'Correct horse 1!',
      }),
      'SOFTWARE_TOKEN_MFA',
    );
    expectKind(await mfa.respond(MFA_CODE), 'signedIn');
    expect(cognito.calls).toMatchObject([
      {
        operation: 'AdminInitiateAuth',
        signed: true,
        input: { UserPoolId: USER_POOL_ID, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH' },
      },
      {
        operation: 'AdminRespondToAuthChallenge',
        signed: true,
        input: { UserPoolId: USER_POOL_ID, ChallengeResponses: { SECRET_HASH: expectedSecretHash(UUID) } },
      },
    ]);
  });

  test('bad input is an InvalidAuthInputError that does not quote the password', async () => {
    const { auth } = authFixture([alice()]);
    for (const input of [
      { username: '', password: 'Correct horse 1!' },
      { username: 'alice', password: '' },
      { username: 'alice', password: undefined as unknown as string },
    ]) {
      const error = await auth.signIn(input).catch((e: unknown) => e);
      expect(isInvalidAuthInputError(error)).toBe(true);
      expect((error as Error).message).not.toContain('Correct horse');
    }
    expect(() =>
      createCognitoAuth({
        userPoolId: 'nope',
        clientId: CLIENT_ID,
        invoke: (async () => ({})) as CognitoInvoke,
      }),
    ).toThrow(/userPoolId must look like/);
  });
});
