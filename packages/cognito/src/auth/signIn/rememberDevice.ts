import type { CognitoAuth } from '../CognitoAuth.js';
import { InvalidAuthInputError } from '../CognitoAuthError.js';
import { redact } from '../redact.js';
import { requireText } from '../requireText.js';
import { createDeviceVerifier } from '../srp/createDeviceVerifier.js';
import type { CognitoTokens } from '../tokens/CognitoTokens.js';
import type { AuthConfig } from './AuthConfig.js';

/**
 * ConfirmDevice for the new device in `tokens.newDevice`, with a verifier made from a fresh random
 * device password (as amazon-cognito-identity-js does); answers the device to pass to `signIn`.
 */
export async function rememberDevice(
  config: AuthConfig,
  tokens: CognitoTokens,
  options: { deviceName?: string } = {},
): ReturnType<CognitoAuth['rememberDevice']> {
  const { newDevice } = tokens;
  if (!newDevice) throw new InvalidAuthInputError('these tokens carry no new device (tokens.newDevice)');
  const verifier = await createDeviceVerifier(config.crypto, newDevice.deviceGroupKey, newDevice.deviceKey);
  const output = await config.invoke(
    'ConfirmDevice',
    {
      AccessToken: requireText('accessToken', tokens.accessToken),
      DeviceKey: newDevice.deviceKey,
      DeviceSecretVerifierConfig: verifier.config,
      ...(options.deviceName !== undefined && { DeviceName: options.deviceName }),
    },
    { signed: false },
  );
  const device = redact({ ...newDevice, devicePassword: verifier.devicePassword }, ['devicePassword']);
  return { device, userConfirmationNecessary: output.UserConfirmationNecessary === true };
}
