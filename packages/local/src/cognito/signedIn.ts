import type { CognitoClient, CognitoUser, UserPool } from '../store/State.js';
import type { CognitoContext } from './CognitoContext.js';
import { issueTokens } from './issueTokens.js';

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
