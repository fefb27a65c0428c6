// An in-memory Cognito user pool speaking the auth operations sign-in uses, strict where real
// Cognito is strict: SECRET_HASH must hash the right user name at each step, USERNAME must be
// USER_ID_FOR_SRP after the first challenge, SRP proofs are checked by the test-side verifier,
// Admin operations must be signed and the others not. Tokens are unsigned JWT-shaped strings.
import { createHmac, randomUUID } from 'node:crypto';
import { challenge, deviceRecord, register, type SrpChallenge, type SrpRecord } from './srpServer.js';

export interface FakeUser {
  /** The Cognito user name (USER_ID_FOR_SRP): a UUID when users sign in with an email alias. */
  username: string;
  email?: string;
  password: string;
  forceChangePassword?: boolean;
  /** The MFA Cognito asks for after the password (or NEW_PASSWORD_REQUIRED). */
  mfa?: 'SOFTWARE_TOKEN_MFA' | 'SMS_MFA' | 'EMAIL_OTP' | 'SELECT' | 'SETUP';
  /** The answer CUSTOM_AUTH's (single) custom challenge expects. */
  customAnswer?: string;
  attributes?: Record<string, string>;
}

export interface Call {
  operation: string;
  input: Record<string, unknown>;
  signed: boolean;
}

type Params = Record<string, string>;
interface Pending {
  user: FakeUser;
  expect: string;
  srp?: SrpChallenge;
  verified?: boolean;
  deviceKey?: string;
}

/** An error as the client's transport would reject with: Cognito's exception name and message. */
export class FakeServiceError extends Error {
  constructor(
    override name: string,
    message: string,
  ) {
    super(message);
  }
}

export const MFA_CODE = '123456';

const jwt = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims), 'sig']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');

export function fakeCognito(options: {
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
  users: FakeUser[];
}) {
  const poolName = options.userPoolId.split('_')[1]!;
  const users = options.users;
  const records = new Map<FakeUser, SrpRecord>();
  const sessions = new Map<string, Pending>();
  const refreshTokens = new Map<string, FakeUser>();
  const accessTokens = new Map<string, FakeUser>();
  const devices = new Map<string, SrpRecord & { owner: FakeUser }>();
  const calls: Call[] = [];
  const fail = (name: string, message: string): never => {
    throw new FakeServiceError(name, message);
  };

  const find = (name: string) =>
    users.find((user) => user.username === name || user.email === name) ??
    fail('UserNotFoundException', 'User does not exist.');
  const record = (user: FakeUser) => {
    if (!records.has(user)) records.set(user, register(poolName, user.username, user.password));
    return records.get(user)!;
  };
  const checkSecretHash = (params: Params, name: string) => {
    if (!options.clientSecret) return;
    if (!params.SECRET_HASH)
      fail(
        'NotAuthorizedException',
        `Client ${options.clientId} is configured with secret but SECRET_HASH was not received`,
      );
    const expected = createHmac('sha256', options.clientSecret)
      .update(name + options.clientId)
      .digest('base64');
    if (params.SECRET_HASH !== expected)
      fail('NotAuthorizedException', `Unable to verify secret hash for client ${options.clientId}`);
  };
  const issue = (user: FakeUser, withRefresh: boolean, newDevice: boolean) => {
    const sub = `sub-${user.username}`;
    const AccessToken = jwt({
      sub,
      username: user.username,
      token_use: 'access',
      client_id: options.clientId,
      jti: randomUUID(),
    });
    const IdToken = jwt({ sub, 'cognito:username': user.username, email: user.email, token_use: 'id' });
    accessTokens.set(AccessToken, user);
    const result: Record<string, unknown> = { AccessToken, IdToken, ExpiresIn: 3600, TokenType: 'Bearer' };
    if (withRefresh) {
      result.RefreshToken = `refresh-${randomUUID()}`;
      refreshTokens.set(result.RefreshToken as string, user);
    }
    if (newDevice)
      result.NewDeviceMetadata = {
        DeviceKey: `${options.userPoolId.split('_')[0]}_${randomUUID()}`,
        DeviceGroupKey: `-${poolName}group`,
      };
    return { AuthenticationResult: result };
  };
  const challengeOf = (user: FakeUser, name: string, params: Params = {}, extra: Partial<Pending> = {}) => {
    const session = randomUUID();
    sessions.set(session, { user, expect: name, ...extra });
    return {
      ChallengeName: name,
      Session: session,
      ChallengeParameters: { USER_ID_FOR_SRP: user.username, ...params },
    };
  };
  const afterPassword = (user: FakeUser, deviceKey: string | undefined) => {
    if (user.forceChangePassword) {
      return challengeOf(user, 'NEW_PASSWORD_REQUIRED', {
        userAttributes: JSON.stringify({ email: user.email, email_verified: 'true' }),
        requiredAttributes: JSON.stringify(['userAttributes.given_name']),
      });
    }
    if (deviceKey && devices.get(deviceKey)?.owner === user)
      return challengeOf(user, 'DEVICE_SRP_AUTH', {}, { deviceKey });
    switch (user.mfa) {
      case 'SOFTWARE_TOKEN_MFA':
        return challengeOf(user, 'SOFTWARE_TOKEN_MFA');
      case 'SMS_MFA':
        return challengeOf(user, 'SMS_MFA', {
          CODE_DELIVERY_DESTINATION: '+*******1234',
          CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
        });
      case 'EMAIL_OTP':
        return challengeOf(user, 'EMAIL_OTP', {
          CODE_DELIVERY_DESTINATION: 'a***@e***',
          CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
        });
      case 'SELECT':
        return challengeOf(user, 'SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' });
      case 'SETUP':
        return challengeOf(user, 'MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' });
      default:
        return issue(user, true, deviceKey === undefined);
    }
  };

  function initiate(input: Record<string, unknown>) {
    const flow = input.AuthFlow as string;
    const params = input.AuthParameters as Params;
    if (flow === 'REFRESH_TOKEN_AUTH') {
      const user =
        refreshTokens.get(params.REFRESH_TOKEN!) ?? fail('NotAuthorizedException', 'Invalid Refresh Token');
      checkSecretHash(params, user.username);
      return issue(user, false, false);
    }
    checkSecretHash(params, params.USERNAME!);
    const user = find(params.USERNAME!);
    if (flow === 'USER_SRP_AUTH' || (flow === 'CUSTOM_AUTH' && params.SRP_A)) {
      const srp = challenge(record(user), params.SRP_A!);
      const { srpB, salt, secretBlock } = srp;
      return challengeOf(
        user,
        'PASSWORD_VERIFIER',
        { SRP_B: srpB, SALT: salt, SECRET_BLOCK: secretBlock, USERNAME: user.username },
        {
          srp,
          ...(params.DEVICE_KEY && { deviceKey: params.DEVICE_KEY }),
          ...(flow === 'CUSTOM_AUTH' && { verified: true }),
        },
      );
    }
    if (flow === 'CUSTOM_AUTH') return challengeOf(user, 'CUSTOM_CHALLENGE', { question: 'What is 6 x 7?' });
    if (params.PASSWORD !== user.password) fail('NotAuthorizedException', 'Incorrect username or password.');
    return afterPassword(user, params.DEVICE_KEY);
  }

  function respond(input: Record<string, unknown>) {
    const name = input.ChallengeName as string;
    const params = input.ChallengeResponses as Params;
    const pending =
      sessions.get(input.Session as string) ??
      fail('NotAuthorizedException', 'Invalid session for the user.');
    sessions.delete(input.Session as string);
    const { user } = pending;
    if (name !== pending.expect) fail('InvalidParameterException', `expected ${pending.expect}, got ${name}`);
    if (params.USERNAME !== user.username) fail('NotAuthorizedException', 'USERNAME must be USER_ID_FOR_SRP');
    checkSecretHash(params, user.username);
    const code = (field: string) => {
      if (params[field] !== MFA_CODE) fail('CodeMismatchException', 'Invalid code received for user');
      return issue(user, true, false);
    };
    switch (name) {
      case 'PASSWORD_VERIFIER':
      case 'DEVICE_PASSWORD_VERIFIER': {
        if (
          !/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} [1-9]\d? \d\d:\d\d:\d\d UTC \d{4}$/.test(
            params.TIMESTAMP!,
          )
        ) {
          fail('InvalidParameterException', 'TIMESTAMP format');
        }
        const ok =
          params.PASSWORD_CLAIM_SECRET_BLOCK === pending.srp!.secretBlock &&
          pending.srp!.verify({ timestamp: params.TIMESTAMP!, signature: params.PASSWORD_CLAIM_SIGNATURE! });
        if (!ok) fail('NotAuthorizedException', 'Incorrect username or password.');
        if (name === 'DEVICE_PASSWORD_VERIFIER') return issue(user, true, false);
        if (pending.verified) return challengeOf(user, 'CUSTOM_CHALLENGE', { question: 'What is 6 x 7?' });
        return afterPassword(user, pending.deviceKey);
      }
      case 'DEVICE_SRP_AUTH': {
        const device =
          devices.get(params.DEVICE_KEY!) ?? fail('ResourceNotFoundException', 'Device does not exist.');
        const srp = challenge(device, params.SRP_A!);
        return challengeOf(
          user,
          'DEVICE_PASSWORD_VERIFIER',
          { SRP_B: srp.srpB, SALT: srp.salt, SECRET_BLOCK: srp.secretBlock },
          { srp },
        );
      }
      case 'NEW_PASSWORD_REQUIRED':
        if (!params['userAttributes.given_name']) fail('InvalidParameterException', 'given_name is required');
        user.password = params.NEW_PASSWORD!;
        user.forceChangePassword = false;
        records.delete(user);
        user.attributes = { ...user.attributes, given_name: params['userAttributes.given_name']! };
        return afterPassword(user, undefined);
      case 'SOFTWARE_TOKEN_MFA':
        return code('SOFTWARE_TOKEN_MFA_CODE');
      case 'SMS_MFA':
        return code('SMS_MFA_CODE');
      case 'EMAIL_OTP':
        return code('EMAIL_OTP_CODE');
      case 'SELECT_MFA_TYPE':
        return challengeOf(user, params.ANSWER!);
      case 'MFA_SETUP':
        if (params.EMAIL) return challengeOf(user, 'EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@e***' });
        if (!pending.verified) fail('InvalidParameterException', 'software token not verified');
        return issue(user, true, false);
      case 'CUSTOM_CHALLENGE':
        if (params.ANSWER !== user.customAnswer)
          return challengeOf(user, 'CUSTOM_CHALLENGE', { question: 'Try again' });
        return issue(user, true, false);
      default:
        return fail('InvalidParameterException', `unknown challenge ${name}`);
    }
  }

  function handle(operation: string, input: Record<string, unknown>) {
    if (input.ClientId !== undefined && input.ClientId !== options.clientId)
      fail('ResourceNotFoundException', 'no such client');
    switch (operation) {
      case 'InitiateAuth':
      case 'AdminInitiateAuth':
        return initiate(input);
      case 'RespondToAuthChallenge':
      case 'AdminRespondToAuthChallenge':
        return respond(input);
      case 'AssociateSoftwareToken': {
        const pending =
          sessions.get(input.Session as string) ?? fail('NotAuthorizedException', 'Invalid session');
        sessions.delete(input.Session as string);
        const session = randomUUID();
        sessions.set(session, { ...pending, expect: 'VERIFY' });
        return { SecretCode: 'JBSWY3DPEHPK3PXP', Session: session };
      }
      case 'VerifySoftwareToken': {
        const pending =
          sessions.get(input.Session as string) ?? fail('NotAuthorizedException', 'Invalid session');
        if (pending.expect !== 'VERIFY' || input.UserCode !== MFA_CODE)
          fail('EnableSoftwareTokenMFAException', 'Code mismatch');
        sessions.delete(input.Session as string);
        const session = randomUUID();
        sessions.set(session, { ...pending, expect: 'MFA_SETUP', verified: true });
        return { Status: 'SUCCESS', Session: session };
      }
      case 'ConfirmDevice': {
        const owner =
          accessTokens.get(input.AccessToken as string) ??
          fail('NotAuthorizedException', 'Invalid Access Token');
        const config = input.DeviceSecretVerifierConfig as { PasswordVerifier: string; Salt: string };
        const deviceKey = input.DeviceKey as string;
        devices.set(deviceKey, { ...deviceRecord(`-${poolName}group`, deviceKey, config), owner });
        return { UserConfirmationNecessary: false };
      }
      case 'GlobalSignOut': {
        const owner =
          accessTokens.get(input.AccessToken as string) ??
          fail('NotAuthorizedException', 'Invalid Access Token');
        for (const [token, user] of refreshTokens) if (user === owner) refreshTokens.delete(token);
        return {};
      }
      case 'RevokeToken':
        if (options.clientSecret && input.ClientSecret !== options.clientSecret)
          fail('UnauthorizedException', 'Client secret mismatch');
        if (!refreshTokens.delete(input.Token as string))
          fail('UnsupportedTokenTypeException', 'unknown token');
        return {};
      default:
        return fail('UnknownOperationException', operation);
    }
  }

  return {
    calls,
    users,
    refreshTokens,
    /** The seam: records each call, refuses signed/unsigned mismatches, then answers like Cognito. */
    async invoke(operation: string, input: object, context: { signed: boolean }) {
      calls.push({
        operation,
        input: structuredClone(input) as Record<string, unknown>,
        signed: context.signed,
      });
      if (context.signed !== operation.startsWith('Admin'))
        fail('MissingAuthenticationTokenException', `${operation} signed=${context.signed}`);
      return handle(operation, input as Record<string, unknown>);
    },
  };
}
