import { UnexpectedAuthResponseError } from '../CognitoAuthError.js';
import { redact } from '../redact.js';
import type { AuthOutput } from '../signIn/AuthOperations.js';
import type { CognitoTokens } from './CognitoTokens.js';

/**
 * The tokens in Cognito's AuthenticationResult, expiring `ExpiresIn` seconds after `now`. A refresh
 * answers without a refresh token unless rotation is on: `previousRefreshToken` fills it in.
 */
export function readTokens(
  result: NonNullable<AuthOutput['AuthenticationResult']>,
  now: Date,
  previousRefreshToken?: string,
): CognitoTokens {
  const { IdToken, AccessToken, ExpiresIn, RefreshToken = previousRefreshToken, NewDeviceMetadata } = result;
  if (!IdToken || !AccessToken || typeof ExpiresIn !== 'number') {
    throw new UnexpectedAuthResponseError(
      'AuthenticationResult lacks IdToken, AccessToken or ExpiresIn (is the openid scope allowed for this app client?)',
    );
  }
  const tokens: CognitoTokens = {
    idToken: IdToken,
    accessToken: AccessToken,
    expiresAt: new Date(now.getTime() + ExpiresIn * 1000),
    tokenType: result.TokenType ?? 'Bearer',
  };
  if (RefreshToken) tokens.refreshToken = RefreshToken;
  if (NewDeviceMetadata?.DeviceKey && NewDeviceMetadata.DeviceGroupKey) {
    tokens.newDevice = {
      deviceKey: NewDeviceMetadata.DeviceKey,
      deviceGroupKey: NewDeviceMetadata.DeviceGroupKey,
    };
  }
  return redact(tokens, ['idToken', 'accessToken', 'refreshToken']);
}
