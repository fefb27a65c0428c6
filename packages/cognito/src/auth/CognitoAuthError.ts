import { AwsError } from '@iamkit/runtime';

/**
 * Base class of every error sign-in, tokens and attributes throw on their own (errors Cognito
 * answers with come from the client untouched), in the runtime's family: `isAwsError` holds for it. Messages never quote passwords, tokens, client
 * secrets, sessions or SRP private values. Compare errors with the `is*Error` guards: they check
 * `name`, so they work across bundled copies of the package, unlike `instanceof`.
 *
 * @example
 * ```ts
 * try {
 *   await auth.signIn({ username, password });
 * } catch (error) {
 *   if (isInvalidAuthInputError(error)) showForm(error.message);
 * }
 * ```
 */
export class CognitoAuthError extends AwsError {
  override name = 'CognitoAuthError';
}

/** The caller's input is unusable: an empty user name, a malformed user pool id, no refresh token, ... */
export class InvalidAuthInputError extends CognitoAuthError {
  override name = 'InvalidAuthInputError';
}

/** A client secret was given to the universal (browser) entry: secrets belong to servers, which use the `node` entry. */
export class ClientSecretInBrowserError extends CognitoAuthError {
  override name = 'ClientSecretInBrowserError';
}

/** The server's SRP values are unusable (B mod N = 0, u = 0, not hex). */
export class SrpProtocolError extends CognitoAuthError {
  override name = 'SrpProtocolError';
}

/** Cognito answered with something sign-in cannot continue from: no tokens and no challenge, missing fields. */
export class UnexpectedAuthResponseError extends CognitoAuthError {
  override name = 'UnexpectedAuthResponseError';
}

/** Cognito asked for a challenge this package does not answer (its name is in the message). */
export class UnsupportedChallengeError extends CognitoAuthError {
  override name = 'UnsupportedChallengeError';
}

/** A token is not a JWT whose payload is a base64url JSON object. */
export class MalformedTokenError extends CognitoAuthError {
  override name = 'MalformedTokenError';
}

const ALL =
  'CognitoAuthError InvalidAuthInputError ClientSecretInBrowserError SrpProtocolError UnexpectedAuthResponseError UnsupportedChallengeError MalformedTokenError';
const named = (error: unknown, names: string): boolean =>
  typeof error === 'object' && error !== null && names.split(' ').includes((error as Error).name);

/** True for any error of this family. */
export const isCognitoAuthError = (error: unknown): error is CognitoAuthError => named(error, ALL);
/** True for {@link InvalidAuthInputError}. */
export const isInvalidAuthInputError = (error: unknown): error is InvalidAuthInputError =>
  named(error, 'InvalidAuthInputError');
/** True for {@link ClientSecretInBrowserError}. */
export const isClientSecretInBrowserError = (error: unknown): error is ClientSecretInBrowserError =>
  named(error, 'ClientSecretInBrowserError');
/** True for {@link SrpProtocolError}. */
export const isSrpProtocolError = (error: unknown): error is SrpProtocolError =>
  named(error, 'SrpProtocolError');
/** True for {@link UnexpectedAuthResponseError}. */
export const isUnexpectedAuthResponseError = (error: unknown): error is UnexpectedAuthResponseError =>
  named(error, 'UnexpectedAuthResponseError');
/** True for {@link UnsupportedChallengeError}. */
export const isUnsupportedChallengeError = (error: unknown): error is UnsupportedChallengeError =>
  named(error, 'UnsupportedChallengeError');
/** True for {@link MalformedTokenError}. */
export const isMalformedTokenError = (error: unknown): error is MalformedTokenError =>
  named(error, 'MalformedTokenError');
