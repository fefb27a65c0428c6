import { randomBytes } from 'node:crypto';
import type { CognitoClient, CognitoUser, UserPool } from '../store/State.js';
import type { CognitoContext } from './CognitoContext.js';

/** How long a challenge's `Session` stays valid (Cognito's default, three minutes). */
export const CHALLENGE_MS = 3 * 60 * 1000;

/** Starts a challenge: a fresh `Session` remembered in memory. */
export function startChallenge(
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
