import { randomBytes } from 'node:crypto';
import { ids } from '../ids.js';
import type { CognitoClient, CognitoUser, State, UserPool } from '../store/State.js';
import { signJwt } from './jwt.js';

/** Lifetime of ID and access tokens (Cognito's default, one hour). */
export const TOKEN_SECONDS = 3600;

const groupsOf = (pool: UserPool, user: CognitoUser): string[] =>
  Object.values(pool.groups)
    .filter((group) => group.members.includes(user.username))
    .sort((a, b) => (a.precedence ?? Number.MAX_SAFE_INTEGER) - (b.precedence ?? Number.MAX_SAFE_INTEGER))
    .map((group) => group.name);

/**
 * Issues Cognito's tokens: an ID and an access token (RS256 JWTs with Cognito's claims) and,
 * unless `refresh` is false (REFRESH_TOKEN_AUTH), an opaque refresh token remembered in state.
 */
export function issueTokens(
  state: State,
  pool: UserPool,
  client: CognitoClient,
  user: CognitoUser,
  issuer: string,
  now: number,
  grant?: { originJti: string; authTime: number },
): Record<string, unknown> {
  const iat = Math.floor(now / 1000);
  const originJti = grant?.originJti ?? ids.uuid();
  const authTime = grant?.authTime ?? iat;
  const groups = groupsOf(pool, user);
  const common = {
    sub: user.sub,
    ...(groups.length > 0 ? { 'cognito:groups': groups } : {}),
    iss: issuer,
    origin_jti: originJti,
    event_id: ids.uuid(),
    auth_time: authTime,
    exp: iat + TOKEN_SECONDS,
    iat,
  };
  const attributes = Object.fromEntries(
    Object.entries(user.attributes)
      .filter(([name]) => name !== 'sub')
      .map(([name, value]) => [name, name.endsWith('_verified') ? value === 'true' : value]),
  );
  const idToken = signJwt(pool.key, {
    ...attributes,
    ...common,
    'cognito:username': user.username,
    aud: client.id,
    token_use: 'id',
    jti: ids.uuid(),
  });
  const accessToken = signJwt(pool.key, {
    ...common,
    client_id: client.id,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    jti: ids.uuid(),
    username: user.username,
  });
  const result: Record<string, unknown> = {
    AccessToken: accessToken,
    ExpiresIn: TOKEN_SECONDS,
    TokenType: 'Bearer',
    IdToken: idToken,
  };
  if (!grant) {
    const refreshToken = randomBytes(48).toString('base64url');
    state.refreshTokens[refreshToken] = {
      poolId: pool.id,
      clientId: client.id,
      username: user.username,
      originJti,
      issued: now,
      revoked: false,
    };
    result.RefreshToken = refreshToken;
  }
  return result;
}
