/**
 * A device Cognito remembers for a user (from `rememberDevice`). `devicePassword` is secret, like
 * a refresh token: store the three values together, pass them to `signIn` as `device`. Redacted
 * in JSON and `util.inspect`.
 */
export interface RememberedDevice {
  deviceKey: string;
  deviceGroupKey: string;
  devicePassword: string;
}
