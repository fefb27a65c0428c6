import type { CognitoAuth, NodeCognitoAuthOptions } from './CognitoAuth.js';
import { InvalidAuthInputError } from './CognitoAuthError.js';
import type { CognitoCrypto } from './crypto/CognitoCrypto.js';
import { requireText } from './requireText.js';
import type { AuthConfig } from './signIn/AuthConfig.js';
import { rememberDevice } from './signIn/rememberDevice.js';
import { startSignIn } from './signIn/startSignIn.js';
import { refreshTokens } from './tokens/refreshTokens.js';
import { signOut } from './tokens/signOut.js';

/** Checks the settings once, then builds the {@link CognitoAuth} both entries return. */
export function makeCognitoAuth(options: NodeCognitoAuthOptions, defaultCrypto: CognitoCrypto): CognitoAuth {
  const userPoolId = requireText('userPoolId', options.userPoolId);
  const poolName = /^[\w-]+_([0-9a-zA-Z]+)$/.exec(userPoolId)?.[1];
  if (!poolName) throw new InvalidAuthInputError('userPoolId must look like us-east-1_AbCdEf123');
  if (typeof options.invoke !== 'function') throw new InvalidAuthInputError('invoke must be a function');
  // The secret lives in this closure only: the returned object has nothing but methods to print.
  const config: AuthConfig = {
    userPoolId,
    poolName,
    clientId: requireText('clientId', options.clientId),
    clientSecret:
      options.clientSecret === undefined ? undefined : requireText('clientSecret', options.clientSecret),
    invoke: options.invoke,
    crypto: options.crypto ?? defaultCrypto,
    clock: options.clock ?? (() => new Date()),
  };
  return {
    signIn: (input) => startSignIn(config, input),
    refresh: (tokens, refreshOptions) => refreshTokens(config, tokens, refreshOptions),
    rememberDevice: (tokens, deviceOptions) => rememberDevice(config, tokens, deviceOptions),
    signOut: (tokens, signOutOptions) => signOut(config, tokens, signOutOptions),
  };
}
