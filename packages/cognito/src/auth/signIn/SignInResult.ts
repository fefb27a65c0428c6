import type { UserAttributes } from '../attributes/UserAttributes.js';
import type { CognitoTokens } from '../tokens/CognitoTokens.js';

/** The second factors Cognito offers in SELECT_MFA_TYPE and MFA_SETUP. */
export type MfaType = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/**
 * Where a sign-in stands: signed in with tokens, or one challenge to answer. Each challenge is
 * answered only through its own function, which takes exactly that challenge's answer and returns
 * the next result; the session and user name travel inside, out of reach and out of logs.
 *
 * @example
 * ```ts
 * let result = await auth.signIn({ username, password });
 * while (result.kind !== 'signedIn') {
 *   if (result.kind === 'SOFTWARE_TOKEN_MFA') result = await result.respond(await prompt('Code?'));
 *   else throw new Error(`not handled: ${result.kind}`);
 * }
 * ```
 */
export type SignInResult =
  | SignedIn
  | NewPasswordRequired
  | CodeRequired<'SMS_MFA'>
  | CodeRequired<'SOFTWARE_TOKEN_MFA'>
  | CodeRequired<'EMAIL_OTP'>
  | SelectMfaType
  | MfaSetup
  | CustomChallenge;

/** The user is signed in. */
export interface SignedIn {
  kind: 'signedIn';
  tokens: CognitoTokens;
}

/** An administrator created the user with a temporary password: a new one (and maybe attributes) is due. */
export interface NewPasswordRequired {
  kind: 'NEW_PASSWORD_REQUIRED';
  /** The user's current attributes, from the challenge. */
  userAttributes: UserAttributes;
  /** Attributes the pool requires and the user lacks: give them in `respond`'s `attributes`. */
  requiredAttributes: string[];
  respond(answer: { newPassword: string; attributes?: UserAttributes }): Promise<SignInResult>;
}

/** A one-time code: sent by SMS (SMS_MFA), by email (EMAIL_OTP), or from an authenticator app (SOFTWARE_TOKEN_MFA). */
export interface CodeRequired<Kind extends MfaType> {
  kind: Kind;
  /** Where the code went, masked by Cognito (`+*******1234`, `a***@e***`); absent for authenticator apps. */
  destination?: string;
  respond(code: string): Promise<SignInResult>;
}

/** The user has several second factors: choose one, then answer its code challenge. */
export interface SelectMfaType {
  kind: 'SELECT_MFA_TYPE';
  options: MfaType[];
  respond(choice: MfaType): Promise<SignInResult>;
}

/** The pool requires MFA and the user has none yet: set one up. */
export interface MfaSetup {
  kind: 'MFA_SETUP';
  /** What the user may set up here (MFAS_CAN_SETUP). */
  options: MfaType[];
  /** Starts an authenticator app: show the secret (or a QR code of it), then `verify` a first code. */
  setUpSoftwareToken(): Promise<SoftwareTokenSetup>;
  /** Sets up email codes at `email`; Cognito then asks for an EMAIL_OTP. */
  setUpEmailOtp(email: string): Promise<SignInResult>;
}

/** An authenticator app being set up. `secretCode` is secret: redacted in JSON and `util.inspect`. */
export interface SoftwareTokenSetup {
  /** The TOTP secret (base32) for the authenticator app. */
  secretCode: string;
  verify(code: string, options?: { friendlyDeviceName?: string }): Promise<SignInResult>;
}

/** Your pool's Lambda triggers ask a question of their own (CUSTOM_AUTH). */
export interface CustomChallenge {
  kind: 'CUSTOM_CHALLENGE';
  /** The public challenge parameters your Create Auth Challenge trigger set. */
  parameters: Record<string, string>;
  respond(answer: string): Promise<SignInResult>;
}
