import type { CognitoAuth } from '../CognitoAuth.js';
import { UnexpectedAuthResponseError } from '../CognitoAuthError.js';
import { requireText } from '../requireText.js';
import type { AuthConfig } from '../signIn/AuthConfig.js';
import { withSecretHash } from '../signIn/secretHash.js';
import type { CognitoTokens } from './CognitoTokens.js';
import { decodeJwtClaims } from './decodeJwtClaims.js';
import { readTokens } from './readTokens.js';

/**
 * REFRESH_TOKEN_AUTH. With a client secret, SECRET_HASH hashes the user's Cognito user name (the
 * access token's `username` claim, or `options.username`), never what they typed (an email alias).
 * Cognito answers without a refresh token unless rotation is on: the one given is kept.
 */
export async function refreshTokens(
  config: AuthConfig,
  tokens: Parameters<CognitoAuth['refresh']>[0],
  options: NonNullable<Parameters<CognitoAuth['refresh']>[1]> = {},
): Promise<CognitoTokens> {
  const refreshToken = requireText('refreshToken', tokens.refreshToken);
  const parameters: Record<string, string> = { REFRESH_TOKEN: refreshToken };
  if (options.device) parameters.DEVICE_KEY = options.device.deviceKey;
  const username = () =>
    options.username ??
    (tokens.accessToken ? decodeJwtClaims(tokens.accessToken).username : undefined) ??
    requireText('username (or tokens.accessToken), which SECRET_HASH needs', undefined);
  const output = await config.invoke(
    'InitiateAuth',
    {
      ClientId: config.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: config.clientSecret ? await withSecretHash(config, username(), parameters) : parameters,
    },
    { signed: false },
  );
  if (!output.AuthenticationResult) {
    throw new UnexpectedAuthResponseError('Cognito answered a refresh with a challenge instead of tokens');
  }
  return readTokens(output.AuthenticationResult, config.clock(), refreshToken);
}
