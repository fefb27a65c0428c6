import { randomBytes } from 'node:crypto';
import { LocalError } from '../server/LocalError.js';
import type { CognitoClient, CognitoUser, UserPool } from '../store/State.js';
import type { CognitoContext } from './CognitoContext.js';
import { issueTokens } from './issueTokens.js';

/** How long a challenge's `Session` stays valid (Cognito's default, three minutes). */
export const CHALLENGE_MS = 3 * 60 * 1000;

/** Starts a challenge: a fresh `Session` remembered in memory. */
export function challenge(
  context: CognitoContext,
  name: string,
  pool: UserPool,
  client: CognitoClient,
  user: CognitoUser,
  parameters: Record<string, string>,
): Record<string, unknown> {
  const session = randomBytes(48).toString('base64');
  context.sessions.set(session, {
    kind: 'challenge',
    challenge: name,
    poolId: pool.id,
    clientId: client.id,
    username: user.username,
    expires: context.now + CHALLENGE_MS,
  });
  return { ChallengeName: name, Session: session, ChallengeParameters: parameters };
}

/**
 * What follows a proven password: NEW_PASSWORD_REQUIRED for a temporary password,
 * SOFTWARE_TOKEN_MFA when the user has TOTP enabled, else tokens.
 */
export function nextAuthStep(
  context: CognitoContext,
  pool: UserPool,
  client: CognitoClient,
  user: CognitoUser,
): Record<string, unknown> {
  if (user.status === 'RESET_REQUIRED') {
    throw new LocalError('PasswordResetRequiredException', 'Password reset required for the user');
  }
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    const { sub: _sub, ...attributes } = { sub: user.sub, ...user.attributes };
    return challenge(context, 'NEW_PASSWORD_REQUIRED', pool, client, user, {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: '[]',
      userAttributes: JSON.stringify(attributes),
    });
  }
  if (user.totp?.verified && (user.mfaPreferred || pool.mfaConfiguration === 'ON')) {
    return challenge(context, 'SOFTWARE_TOKEN_MFA', pool, client, user, {});
  }
  return signedIn(context, pool, client, user);
}

/** The answer of a completed sign-in: fresh tokens and no challenge. */
export const signedIn = (
  context: CognitoContext,
  pool: UserPool,
  client: CognitoClient,
  user: CognitoUser,
): Record<string, unknown> => ({
  ChallengeParameters: {},
  AuthenticationResult: issueTokens(context.state, pool, client, user, context.issuer(pool.id), context.now),
});
