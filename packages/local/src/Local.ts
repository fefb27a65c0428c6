import type { Credentials } from './rootCredentials.js';

/** A running emulator. */
export interface Local {
  /** Base URL, e.g. `http://127.0.0.1:4566`: the endpoint of IAM, STS and Cognito. */
  readonly url: string;
  /** The account root's access key: may do everything. */
  readonly rootCredentials: Credentials;
  readonly accountId: string;
  readonly region: string;
  /** Test hooks for Cognito. */
  readonly cognito: {
    /** The last confirmation or reset code sent to a user (SignUp, ForgotPassword, …). */
    lastCode(userPoolId: string, username: string): string | undefined;
  };
  /** Forgets everything but the root credentials. */
  reset(): Promise<void>;
  /** Stops listening (waits for open connections to end). */
  close(): Promise<void>;
}
