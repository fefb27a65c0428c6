import { LocalError } from '../server/LocalError.js';
import type { CognitoClient, CognitoUser, UserPool } from '../store/State.js';
import type { CognitoContext } from './CognitoContext.js';
import { signedIn } from './signedIn.js';
import { startChallenge } from './startChallenge.js';

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
    return startChallenge(context, 'NEW_PASSWORD_REQUIRED', pool, client, user, {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: '[]',
      userAttributes: JSON.stringify(attributes),
    });
  }
  if (user.totp?.verified && (user.mfaPreferred || pool.mfaConfiguration === 'ON')) {
    return startChallenge(context, 'SOFTWARE_TOKEN_MFA', pool, client, user, {});
  }
  return signedIn(context, pool, client, user);
}
