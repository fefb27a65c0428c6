/**
 * Sign-in for Cognito user pools: SRP, challenges, SECRET_HASH, tokens, devices and attributes,
 * through a Cognito client (or an injected {@link CognitoInvoke}). Universal: WebCrypto, no secrets.
 *
 * @example
 * ```ts
 * const auth = createCognitoAuth({ userPoolId: 'us-east-1_AbCdEf123', clientId });
 * let result = await auth.signIn({ username, password });
 * if (result.kind === 'SOFTWARE_TOKEN_MFA') result = await result.respond(code);
 * ```
 */

export { fromAttributeList } from './attributes/fromAttributeList.js';
export { toAttributeList } from './attributes/toAttributeList.js';
export type { AttributeList, StandardAttributes, UserAttributes } from './attributes/UserAttributes.js';
export type { CognitoAuth } from './CognitoAuth.js';
export {
  ClientSecretInBrowserError,
  CognitoAuthError,
  InvalidAuthInputError,
  isClientSecretInBrowserError,
  isCognitoAuthError,
  isInvalidAuthInputError,
  isMalformedTokenError,
  isSrpProtocolError,
  isUnexpectedAuthResponseError,
  isUnsupportedChallengeError,
  MalformedTokenError,
  SrpProtocolError,
  UnexpectedAuthResponseError,
  UnsupportedChallengeError,
} from './CognitoAuthError.js';
export type { CognitoAuthOptions, NodeCognitoAuthOptions } from './CognitoAuthOptions.js';
export { clientInvoke } from './clientInvoke.js';
export { createCognitoAuth } from './createCognitoAuth.js';
export type { CognitoCrypto, MaybePromise } from './crypto/CognitoCrypto.js';
export { webCryptoBackend } from './crypto/webCryptoBackend.js';
export type {
  AuthFlow,
  AuthOperationName,
  AuthOperations,
  AuthOutput,
  ChallengeName,
  CognitoInvoke,
} from './signIn/AuthOperations.js';
export type { RememberedDevice } from './signIn/RememberedDevice.js';
export type { SignInInput } from './signIn/SignInInput.js';
export type {
  CodeRequired,
  CustomChallenge,
  MfaSetup,
  MfaType,
  NewPasswordRequired,
  SelectMfaType,
  SignedIn,
  SignInResult,
  SoftwareTokenSetup,
} from './signIn/SignInResult.js';
export { secretHash } from './signIn/secretHash.js';
export type { CognitoTokens, NewDevice } from './tokens/CognitoTokens.js';
export {
  createTokenRefresher,
  type TokenRefresher,
  type TokenRefresherOptions,
} from './tokens/createTokenRefresher.js';
export { type CognitoClaims, decodeJwtClaims } from './tokens/decodeJwtClaims.js';
