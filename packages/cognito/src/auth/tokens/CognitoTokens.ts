/** A device Cognito asks the app to remember (AuthenticationResult.NewDeviceMetadata). */
export interface NewDevice {
  deviceKey: string;
  deviceGroupKey: string;
}

/**
 * The tokens of a signed-in user. Secret: the JSON and `util.inspect` forms show every token as
 * `[redacted]`; read the properties to store or send them.
 */
export interface CognitoTokens {
  /** The OIDC id token (a JWT). */
  idToken: string;
  /** The access token for Cognito's user operations and your APIs (a JWT). */
  accessToken: string;
  /** The refresh token; absent after a refresh that did not rotate it (the previous one stays valid). */
  refreshToken?: string;
  /** When the id and access tokens expire, by the injected clock at the time Cognito issued them. */
  expiresAt: Date;
  /** `Bearer`. */
  tokenType: string;
  /** Present when the pool tracks devices and this one is new: pass the tokens to `rememberDevice`. */
  newDevice?: NewDevice;
}
