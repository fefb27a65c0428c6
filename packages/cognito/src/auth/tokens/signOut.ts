import type { CognitoAuth } from '../CognitoAuth.js';
import { requireText } from '../requireText.js';
import type { AuthConfig } from '../signIn/AuthConfig.js';

/** RevokeToken (with the client secret when there is one), or GlobalSignOut with `global`. */
export async function signOut(
  config: AuthConfig,
  tokens: Parameters<CognitoAuth['signOut']>[0],
  options: { global?: boolean } = {},
): Promise<void> {
  if (options.global) {
    await config.invoke(
      'GlobalSignOut',
      { AccessToken: requireText('accessToken', tokens.accessToken) },
      { signed: false },
    );
    return;
  }
  await config.invoke(
    'RevokeToken',
    {
      Token: requireText('refreshToken', tokens.refreshToken),
      ClientId: config.clientId,
      ...(config.clientSecret !== undefined && { ClientSecret: config.clientSecret }),
    },
    { signed: false },
  );
}
