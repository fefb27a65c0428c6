import type { CognitoCrypto } from './crypto/CognitoCrypto.js';
import type { CognitoInvoke } from './signIn/AuthOperations.js';
import type { RememberedDevice } from './signIn/RememberedDevice.js';
import type { SignInResult } from './signIn/SignInResult.js';
import type { CognitoTokens } from './tokens/CognitoTokens.js';

/** Settings of the universal (browser) entry. */
export interface CognitoAuthOptions {
  /** `us-east-1_AbCdEf123`: its part after `_` is SRP's pool name. */
  userPoolId: string;
  /** The app client's id. */
  clientId: string;
  /** Sends one Cognito operation: the client's, or your own transport (see {@link CognitoInvoke}). */
  invoke: CognitoInvoke;
  /** WebCrypto by default (node:crypto under the `node` condition). */
  crypto?: CognitoCrypto;
  /** Now; sets SRP timestamps and token expiry. `() => new Date()` by default. */
  clock?: () => Date;
  /**
   * Refused here: a client secret shipped to browsers is no secret. Servers import the package under
   * the `node` condition, whose `createCognitoAuth` accepts it.
   */
  clientSecret?: never;
}

/** Settings of the `node` entry: the same, plus the app client's secret. */
export interface NodeCognitoAuthOptions extends Omit<CognitoAuthOptions, 'clientSecret'> {
  /** The app client's secret: SECRET_HASH is then sent with the right user name at every step. */
  clientSecret?: string;
}

interface SignInCommon {
  username: string;
  /** A device remembered earlier: Cognito then skips MFA for it (DEVICE_SRP_AUTH is answered for you). */
  device?: RememberedDevice;
  /** Passed to your Lambda triggers. */
  clientMetadata?: Record<string, string>;
}

/** How to sign in. USER_SRP_AUTH (the password never leaves the device) unless `flow` says otherwise. */
export type SignInInput =
  | (SignInCommon & {
      /** ADMIN_USER_PASSWORD_AUTH is server-side: AdminInitiateAuth, signed with AWS credentials. */
      flow?: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'ADMIN_USER_PASSWORD_AUTH';
      password: string;
    })
  | (SignInCommon & {
      flow: 'CUSTOM_AUTH';
      /** With a password, SRP runs first (CHALLENGE_NAME SRP_A), then your triggers' challenges. */
      password?: string;
    });

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
