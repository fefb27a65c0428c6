import type { CognitoClient } from '../cognitoSpec.js';
import type { CognitoAuth } from './CognitoAuth.js';
import { InvalidAuthInputError } from './CognitoAuthError.js';
import type { NodeCognitoAuthOptions } from './CognitoAuthOptions.js';
import { clientInvoke } from './clientInvoke.js';
import type { CognitoCrypto } from './crypto/CognitoCrypto.js';
import { requireText } from './requireText.js';
import type { AuthConfig } from './signIn/AuthConfig.js';
import { rememberDevice } from './signIn/rememberDevice.js';
import { startSignIn } from './signIn/startSignIn.js';
import { refreshTokens } from './tokens/refreshTokens.js';
import { signOut } from './tokens/signOut.js';

/**
 * Checks the settings once, then builds the {@link CognitoAuth} both entries return. Each entry brings its
 * crypto and the client made when the options give neither `client` nor `invoke` (for the pool's region).
 */
export function makeCognitoAuth(
  options: NodeCognitoAuthOptions,
  defaultCrypto: CognitoCrypto,
  defaultClient: (region: string) => CognitoClient,
): CognitoAuth {
  const userPoolId = requireText('userPoolId', options.userPoolId);
  const [, region, poolName] = /^([\w-]+)_([0-9a-zA-Z]+)$/.exec(userPoolId) ?? [];
  if (!region || !poolName) throw new InvalidAuthInputError('userPoolId must look like us-east-1_AbCdEf123');
  const { client, invoke } = options;
  if (client !== undefined && invoke !== undefined) {
    throw new InvalidAuthInputError('give either client or invoke, not both');
  }
  if (invoke !== undefined && typeof invoke !== 'function') {
    throw new InvalidAuthInputError('invoke must be a function');
  }
  if (client !== undefined && typeof client?.invoke !== 'function') {
    throw new InvalidAuthInputError('client must be a Cognito client (createCognitoClient)');
  }
  // The secret lives in this closure only: the returned object has nothing but methods to print.
  const config: AuthConfig = {
    userPoolId,
    poolName,
    clientId: requireText('clientId', options.clientId),
    clientSecret:
      options.clientSecret === undefined ? undefined : requireText('clientSecret', options.clientSecret),
    invoke: invoke ?? clientInvoke(client ?? defaultClient(region)),
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
