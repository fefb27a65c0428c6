/** What the demo data is, for the start-up message, the README and the tests. */
export interface DemoFacts {
  poolId: string;
  /** The app client without a secret, for the browser's SRP sign-in. */
  webClientId: string;
  /** A confirmed user and their password. */
  confirmed: { username: string; password: string };
  /** A user created by an administrator, who must choose a new password at first sign-in. */
  forceChange: { username: string; temporaryPassword: string };
  /** A user with an authenticator app (TOTP MFA); `totpSecret` makes codes. */
  mfa: { username: string; password: string; totpSecret: string };
}
