import type { CognitoAuth, NodeCognitoAuthOptions } from './CognitoAuth.js';
import { InvalidAuthInputError, UnexpectedAuthResponseError } from './CognitoAuthError.js';
import type { CognitoCrypto } from './crypto/CognitoCrypto.js';
import { redact } from './redact.js';
import type { AuthConfig } from './signIn/AuthConfig.js';
import { type Flow, nextStep, type PendingClaim } from './signIn/nextStep.js';
import { withSecretHash } from './signIn/secretHash.js';
import { createDeviceVerifier } from './srp/createDeviceVerifier.js';
import { startSrp } from './srp/startSrp.js';
import { decodeJwtClaims } from './tokens/decodeJwtClaims.js';
import { readTokens } from './tokens/readTokens.js';

const text = (name: string, value: unknown): string => {
  if (typeof value !== 'string' || value === '')
    throw new InvalidAuthInputError(`${name} must be a non-empty string`);
  return value;
};

/** Checks the settings once, then builds the {@link CognitoAuth} both entries return. */
export function makeCognitoAuth(options: NodeCognitoAuthOptions, defaultCrypto: CognitoCrypto): CognitoAuth {
  const userPoolId = text('userPoolId', options.userPoolId);
  const poolName = /^[\w-]+_([0-9a-zA-Z]+)$/.exec(userPoolId)?.[1];
  if (!poolName) throw new InvalidAuthInputError('userPoolId must look like us-east-1_AbCdEf123');
  if (typeof options.invoke !== 'function') throw new InvalidAuthInputError('invoke must be a function');
  const config: AuthConfig = {
    userPoolId,
    poolName,
    clientId: text('clientId', options.clientId),
    clientSecret: options.clientSecret === undefined ? undefined : text('clientSecret', options.clientSecret),
    invoke: options.invoke,
    crypto: options.crypto ?? defaultCrypto,
    clock: options.clock ?? (() => new Date()),
  };

  return {
    async signIn(input) {
      const username = text('username', input.username);
      const authFlow = input.flow ?? 'USER_SRP_AUTH';
      const flow: Flow = {
        config,
        admin: authFlow === 'ADMIN_USER_PASSWORD_AUTH',
        device: input.device,
        clientMetadata: input.clientMetadata,
      };
      const parameters: Record<string, string> = { USERNAME: username };
      let pending: PendingClaim | undefined;
      if (authFlow === 'USER_SRP_AUTH' || (authFlow === 'CUSTOM_AUTH' && input.password !== undefined)) {
        const handshake = startSrp(config.crypto);
        parameters.SRP_A = handshake.srpA;
        if (authFlow === 'CUSTOM_AUTH') parameters.CHALLENGE_NAME = 'SRP_A';
        pending = { handshake, poolName, password: text('password', input.password) };
      } else if (authFlow !== 'CUSTOM_AUTH') {
        parameters.PASSWORD = text('password', input.password);
      }
      if (input.device) parameters.DEVICE_KEY = text('device.deviceKey', input.device.deviceKey);
      const request = {
        ClientId: config.clientId,
        AuthFlow: authFlow,
        AuthParameters: await withSecretHash(config, username, parameters),
        ...(input.clientMetadata && { ClientMetadata: input.clientMetadata }),
      };
      const output = flow.admin
        ? await config.invoke('AdminInitiateAuth', { ...request, UserPoolId: userPoolId }, { signed: true })
        : await config.invoke('InitiateAuth', request, { signed: false });
      return nextStep(flow, username, output, pending);
    },

    async refresh(tokens, refreshOptions = {}) {
      const refreshToken = text('refreshToken', tokens.refreshToken);
      const parameters: Record<string, string> = { REFRESH_TOKEN: refreshToken };
      if (refreshOptions.device) parameters.DEVICE_KEY = refreshOptions.device.deviceKey;
      // Cognito hashes the user's Cognito user name here, never what they typed (an email alias).
      const username = () =>
        refreshOptions.username ??
        (tokens.accessToken ? decodeJwtClaims(tokens.accessToken).username : undefined) ??
        text('username (or tokens.accessToken), which SECRET_HASH needs', undefined);
      const output = await config.invoke(
        'InitiateAuth',
        {
          ClientId: config.clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: config.clientSecret
            ? await withSecretHash(config, username(), parameters)
            : parameters,
        },
        { signed: false },
      );
      if (!output.AuthenticationResult)
        throw new UnexpectedAuthResponseError(
          'Cognito answered a refresh with a challenge instead of tokens',
        );
      return readTokens(output.AuthenticationResult, config.clock(), refreshToken);
    },

    async rememberDevice(tokens, deviceOptions = {}) {
      const { newDevice } = tokens;
      if (!newDevice) throw new InvalidAuthInputError('these tokens carry no new device (tokens.newDevice)');
      const { devicePassword, config: verifier } = await createDeviceVerifier(
        config.crypto,
        newDevice.deviceGroupKey,
        newDevice.deviceKey,
      );
      const output = await config.invoke(
        'ConfirmDevice',
        {
          AccessToken: text('accessToken', tokens.accessToken),
          DeviceKey: newDevice.deviceKey,
          DeviceSecretVerifierConfig: verifier,
          ...(deviceOptions.deviceName !== undefined && { DeviceName: deviceOptions.deviceName }),
        },
        { signed: false },
      );
      const device = redact({ ...newDevice, devicePassword }, ['devicePassword']);
      return { device, userConfirmationNecessary: output.UserConfirmationNecessary === true };
    },

    async signOut(tokens, signOutOptions = {}) {
      if (signOutOptions.global) {
        await config.invoke(
          'GlobalSignOut',
          { AccessToken: text('accessToken', tokens.accessToken) },
          { signed: false },
        );
        return;
      }
      await config.invoke(
        'RevokeToken',
        {
          Token: text('refreshToken', tokens.refreshToken),
          ClientId: config.clientId,
          ...(config.clientSecret !== undefined && { ClientSecret: config.clientSecret }),
        },
        { signed: false },
      );
    },
  };
}
