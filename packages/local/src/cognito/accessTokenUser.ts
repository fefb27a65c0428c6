import { LocalError } from '../server/LocalError.js';
import type { CognitoUser, State, UserPool } from '../store/State.js';
import { peekJwt, verifyJwt } from './jwt.js';

const invalid = (message = 'Invalid Access Token') => new LocalError('NotAuthorizedException', message);

/**
 * The pool and user of a valid access token: signed by its pool's key, `token_use` access, not
 * expired, its sign-in (`origin_jti`) not revoked (GlobalSignOut, RevokeToken).
 */
export function accessTokenUser(
  state: State,
  token: unknown,
  now: number,
): { pool: UserPool; user: CognitoUser; claims: Record<string, unknown> } {
  if (typeof token !== 'string') throw invalid();
  const poolId =
    String(peekJwt(token)?.iss ?? '')
      .split('/')
      .pop() ?? '';
  const pool = Object.hasOwn(state.userPools, poolId) ? state.userPools[poolId] : undefined;
  const claims = pool && verifyJwt(pool.key, token);
  if (!pool || !claims || claims.token_use !== 'access') throw invalid();
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) throw invalid('Access Token has expired');
  const revoked = Object.values(state.refreshTokens).some(
    (grant) => grant.originJti === claims.origin_jti && grant.revoked,
  );
  if (revoked) throw invalid('Access Token has been revoked');
  const user = Object.hasOwn(pool.users, String(claims.username))
    ? pool.users[String(claims.username)]
    : undefined;
  if (!user) throw new LocalError('UserNotFoundException', 'User does not exist.');
  return { pool, user, claims };
}
