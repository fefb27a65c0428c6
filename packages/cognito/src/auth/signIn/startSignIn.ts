import type { SignInInput } from '../CognitoAuth.js';
import { requireText } from '../requireText.js';
import { startSrp } from '../srp/startSrp.js';
import type { AuthConfig } from './AuthConfig.js';
import { type Flow, nextStep, type PendingClaim } from './nextStep.js';
import type { SignInResult } from './SignInResult.js';
import { withSecretHash } from './secretHash.js';

/**
 * InitiateAuth (AdminInitiateAuth for ADMIN_USER_PASSWORD_AUTH, signed) for `input.flow`: SRP_A
 * for USER_SRP_AUTH and for CUSTOM_AUTH with a password, the password itself for the password
 * flows, SECRET_HASH for the name as typed.
 */
export async function startSignIn(config: AuthConfig, input: SignInInput): Promise<SignInResult> {
  const username = requireText('username', input.username);
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
    pending = { handshake, poolName: config.poolName, password: requireText('password', input.password) };
  } else if (authFlow !== 'CUSTOM_AUTH') {
    parameters.PASSWORD = requireText('password', input.password);
  }
  if (input.device) parameters.DEVICE_KEY = requireText('device.deviceKey', input.device.deviceKey);
  const request = {
    ClientId: config.clientId,
    AuthFlow: authFlow,
    AuthParameters: await withSecretHash(config, username, parameters),
    ...(input.clientMetadata && { ClientMetadata: input.clientMetadata }),
  };
  const output = flow.admin
    ? await config.invoke(
        'AdminInitiateAuth',
        { ...request, UserPoolId: config.userPoolId },
        { signed: true },
      )
    : await config.invoke('InitiateAuth', request, { signed: false });
  return nextStep(flow, username, output, pending);
}
