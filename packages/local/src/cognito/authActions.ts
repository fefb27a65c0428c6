import { LocalError } from '../server/LocalError.js';
import type { CognitoClient, UserPool } from '../store/State.js';
import type { ChallengeSession, CognitoAction, CognitoContext } from './CognitoContext.js';
import { checkFlow, signInUser } from './checkSignIn.js';
import { issueTokens } from './issueTokens.js';
import { checkSecretHash, field, lookup } from './lookup.js';
import { nextAuthStep, signedIn } from './nextAuthStep.js';
import { checkPasswordPolicy, passwordMatches, setPassword } from './passwords.js';
import { finishSrp, startSrp } from './srpFlow.js';
import { checkTotp } from './totp.js';

const strings = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};

const wrongPassword = () => new LocalError('NotAuthorizedException', 'Incorrect username or password.');

function refresh(context: CognitoContext, pool: UserPool, client: CognitoClient, token: string | undefined) {
  const grant = token === undefined ? undefined : context.state.refreshTokens[token];
  const user = grant && pool.users[grant.username];
  if (!grant || grant.revoked || grant.clientId !== client.id || !user) {
    throw new LocalError('NotAuthorizedException', 'Invalid Refresh Token');
  }
  if (context.now > grant.issued + client.refreshTokenValidityDays * 86_400_000) {
    throw new LocalError('NotAuthorizedException', 'Refresh Token has expired');
  }
  if (!user.enabled) throw new LocalError('NotAuthorizedException', 'User is disabled.');
  const tokens = issueTokens(context.state, pool, client, user, context.issuer(pool.id), context.now, {
    originJti: grant.originJti,
    authTime: Math.floor(grant.issued / 1000),
  });
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
}

function initiate(
  context: CognitoContext,
  pool: UserPool,
  client: CognitoClient,
  flow: string,
): Record<string, unknown> {
  const parameters = strings(context.input.AuthParameters);
  if (flow === 'REFRESH_TOKEN_AUTH' || flow === 'REFRESH_TOKEN') {
    checkFlow(client, 'REFRESH_TOKEN_AUTH');
    const grant = context.state.refreshTokens[parameters.REFRESH_TOKEN ?? ''];
    const user = grant && pool.users[grant.username];
    if (user)
      checkSecretHash(client, [user.username, user.sub, parameters.USERNAME ?? ''], parameters.SECRET_HASH);
    return refresh(context, pool, client, parameters.REFRESH_TOKEN);
  }
  const username = parameters.USERNAME;
  if (!username) throw new LocalError('InvalidParameterException', 'Missing required parameter USERNAME');
  checkSecretHash(client, [username], parameters.SECRET_HASH);
  if (flow === 'USER_SRP_AUTH') {
    checkFlow(client, flow);
    return startSrp(context, pool, client, signInUser(pool, username), parameters.SRP_A ?? '');
  }
  if (flow === 'USER_PASSWORD_AUTH' || flow === 'ADMIN_USER_PASSWORD_AUTH' || flow === 'ADMIN_NO_SRP_AUTH') {
    checkFlow(client, flow === 'ADMIN_NO_SRP_AUTH' ? 'ADMIN_USER_PASSWORD_AUTH' : flow);
    const user = signInUser(pool, username);
    if (!passwordMatches(user, parameters.PASSWORD ?? '')) throw wrongPassword();
    return nextAuthStep(context, pool, client, user);
  }
  throw new LocalError('InvalidParameterException', `Unsupported AuthFlow: ${flow}`);
}

function takeSession(context: CognitoContext, client: CognitoClient, name: string): ChallengeSession {
  const token = typeof context.input.Session === 'string' ? context.input.Session : '';
  const session = context.sessions.get(token);
  if (!session || !('kind' in session) || session.challenge !== name || session.clientId !== client.id) {
    throw new LocalError('NotAuthorizedException', 'Invalid session for the user.');
  }
  context.sessions.delete(token);
  if (session.expires < context.now)
    throw new LocalError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
  return session;
}

function respond(context: CognitoContext, client: CognitoClient): Record<string, unknown> {
  const name = field(context.input, 'ChallengeName');
  const responses = strings(context.input.ChallengeResponses);
  if (responses.USERNAME !== undefined) checkSecretHash(client, [responses.USERNAME], responses.SECRET_HASH);
  if (name === 'PASSWORD_VERIFIER') return finishSrp(context, client, responses);
  const session = takeSession(context, client, name);
  const pool = lookup.pool(context.state, session.poolId);
  const user = lookup.user(pool, session.username);
  if (name === 'NEW_PASSWORD_REQUIRED') {
    const password = responses.NEW_PASSWORD;
    if (!password)
      throw new LocalError('InvalidParameterException', 'Missing required parameter NEW_PASSWORD');
    checkPasswordPolicy(pool.passwordPolicy, password);
    for (const [key, value] of Object.entries(responses)) {
      if (key.startsWith('userAttributes.')) user.attributes[key.slice('userAttributes.'.length)] = value;
    }
    setPassword(pool, user, password);
    user.status = 'CONFIRMED';
    user.modified = context.now;
    return nextAuthStep(context, pool, client, user);
  }
  if (name === 'SOFTWARE_TOKEN_MFA') {
    if (
      !user.totp?.verified ||
      !checkTotp(user.totp.secret, responses.SOFTWARE_TOKEN_MFA_CODE ?? '', context.now)
    ) {
      throw new LocalError('CodeMismatchException', 'Invalid code received for user');
    }
    return signedIn(context, pool, client, user);
  }
  throw new LocalError('InvalidParameterException', `Unsupported challenge: ${name}`);
}

/** Sign-in: InitiateAuth and RespondToAuthChallenge, unsigned and Admin (signed). */
export const authActions: Record<string, CognitoAction> = {
  InitiateAuth: (context) => {
    const flow = field(context.input, 'AuthFlow');
    if (flow.startsWith('ADMIN_'))
      throw new LocalError('InvalidParameterException', `Initiate Auth method not supported.`);
    const { pool, client } = lookup.clientAnywhere(context.state, field(context.input, 'ClientId'));
    return initiate(context, pool, client, flow);
  },
  AdminInitiateAuth: (context) => {
    const pool = lookup.pool(context.state, field(context.input, 'UserPoolId'));
    const client = lookup.client(pool, field(context.input, 'ClientId'));
    return initiate(context, pool, client, field(context.input, 'AuthFlow'));
  },
  RespondToAuthChallenge: (context) =>
    respond(context, lookup.clientAnywhere(context.state, field(context.input, 'ClientId')).client),
  AdminRespondToAuthChallenge: (context) => {
    const pool = lookup.pool(context.state, field(context.input, 'UserPoolId'));
    return respond(context, lookup.client(pool, field(context.input, 'ClientId')));
  },
};
