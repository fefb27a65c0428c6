import type { RememberedDevice } from './RememberedDevice.js';

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
