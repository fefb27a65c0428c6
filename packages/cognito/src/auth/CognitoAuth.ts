import type { RememberedDevice } from './signIn/RememberedDevice.js';
import type { SignInInput } from './signIn/SignInInput.js';
import type { SignInResult } from './signIn/SignInResult.js';
import type { CognitoTokens } from './tokens/CognitoTokens.js';

/** Sign-in, refresh, device and sign-out for one user pool app client. */
export interface CognitoAuth {
  /** Starts a sign-in; answer challenges through the result until it is `signedIn`. */
  signIn(input: SignInInput): Promise<SignInResult>;
  /**
   * New id and access tokens from the refresh token (REFRESH_TOKEN_AUTH). With a client secret,
   * SECRET_HASH needs the user's Cognito user name: read from the access token, or `username`.
   */
  refresh(
    tokens: { refreshToken?: string; accessToken?: string },
    options?: { username?: string; device?: RememberedDevice },
  ): Promise<CognitoTokens>;
  /** Confirms the new device in `tokens.newDevice` (ConfirmDevice with a fresh SRP verifier). */
  rememberDevice(
    tokens: CognitoTokens,
    options?: { deviceName?: string },
  ): Promise<{ device: RememberedDevice; userConfirmationNecessary: boolean }>;
  /**
   * Ends the session: revokes the refresh token and the access tokens it issued (RevokeToken), or
   * with `global`, signs the user out on every device (GlobalSignOut).
   */
  signOut(
    tokens: { refreshToken?: string; accessToken?: string },
    options?: { global?: boolean },
  ): Promise<void>;
}
