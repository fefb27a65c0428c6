import { UnexpectedAuthResponseError, UnsupportedChallengeError } from '../CognitoAuthError.js';
import { srpTimestamp } from '../srp/srpTimestamp.js';
import { type SrpHandshake, startSrp } from '../srp/startSrp.js';
import { readTokens } from '../tokens/readTokens.js';
import type { AuthConfig } from './AuthConfig.js';
import type { AuthOutput, ChallengeName } from './AuthOperations.js';
import { challengeStep } from './challengeStep.js';
import type { RememberedDevice } from './RememberedDevice.js';
import type { SignInResult } from './SignInResult.js';
import { withSecretHash } from './secretHash.js';

/** One sign-in's fixed context: settings, Admin (signed) or not, the remembered device, metadata. */
export interface Flow {
  config: AuthConfig;
  admin: boolean;
  device: RememberedDevice | undefined;
  clientMetadata: Record<string, string> | undefined;
}

/** An SRP handshake waiting for the server's PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER. */
export interface PendingClaim {
  handshake: SrpHandshake;
  poolName: string;
  /** The device key for devices; users sign as USER_ID_FOR_SRP. */
  userId?: string;
  password: string;
}

const parameter = (params: Record<string, string>, name: string): string => {
  const value = params[name];
  if (!value) throw new UnexpectedAuthResponseError(`the challenge lacks its ${name} parameter`);
  return value;
};

/** Sends one challenge answer, with USERNAME, SECRET_HASH for that name and DEVICE_KEY added, and reads what follows. */
async function respond(
  flow: Flow,
  username: string,
  challenge: { name: ChallengeName; session: string | undefined },
  responses: Record<string, string>,
  pending?: PendingClaim,
): Promise<SignInResult> {
  const { config, device, clientMetadata } = flow;
  const input = {
    ClientId: config.clientId,
    ChallengeName: challenge.name,
    ChallengeResponses: await withSecretHash(config, username, {
      USERNAME: username,
      ...responses,
      ...(device && { DEVICE_KEY: device.deviceKey }),
    }),
    ...(challenge.session !== undefined && { Session: challenge.session }),
    ...(clientMetadata && { ClientMetadata: clientMetadata }),
  };
  const output = flow.admin
    ? await config.invoke(
        'AdminRespondToAuthChallenge',
        { ...input, UserPoolId: config.userPoolId },
        { signed: true },
      )
    : await config.invoke('RespondToAuthChallenge', input, { signed: false });
  return nextStep(flow, username, output, pending);
}

/**
 * Turns Cognito's answer into the next {@link SignInResult}. The SRP steps (PASSWORD_VERIFIER,
 * DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER) are answered here without asking the caller. From
 * the first challenge on, the user is named by USER_ID_FOR_SRP (in USERNAME and SECRET_HASH),
 * not by what was typed: Cognito checks the secret hash against that name.
 */
export async function nextStep(
  flow: Flow,
  typedOrPreviousName: string,
  output: AuthOutput,
  pending?: PendingClaim,
): Promise<SignInResult> {
  const { config } = flow;
  if (output.AuthenticationResult) {
    return { kind: 'signedIn', tokens: readTokens(output.AuthenticationResult, config.clock()) };
  }
  const { ChallengeName: name, ChallengeParameters: params = {}, Session: session } = output;
  const username = params.USER_ID_FOR_SRP ?? typedOrPreviousName;
  const answer = (
    challenge: ChallengeName,
    responses: Record<string, string>,
    at = session,
    next?: PendingClaim,
  ) => respond(flow, username, { name: challenge, session: at }, responses, next);

  if (name === 'PASSWORD_VERIFIER' || name === 'DEVICE_PASSWORD_VERIFIER') {
    if (!pending)
      throw new UnexpectedAuthResponseError(`Cognito asked for ${name} with no SRP handshake under way`);
    const timestamp = srpTimestamp(config.clock());
    const secretBlock = parameter(params, 'SECRET_BLOCK');
    const signature = await pending.handshake.passwordClaim({
      poolName: pending.poolName,
      userId: pending.userId ?? parameter(params, 'USER_ID_FOR_SRP'),
      password: pending.password,
      srpB: parameter(params, 'SRP_B'),
      salt: parameter(params, 'SALT'),
      secretBlock,
      timestamp,
    });
    return answer(name, {
      PASSWORD_CLAIM_SECRET_BLOCK: secretBlock,
      PASSWORD_CLAIM_SIGNATURE: signature,
      TIMESTAMP: timestamp,
    });
  }
  if (name === 'DEVICE_SRP_AUTH') {
    const { device } = flow;
    if (!device)
      throw new UnexpectedAuthResponseError('Cognito asked for DEVICE_SRP_AUTH but no device was given');
    const handshake = startSrp(config.crypto);
    const claim = {
      handshake,
      poolName: device.deviceGroupKey,
      userId: device.deviceKey,
      password: device.devicePassword,
    };
    return answer(name, { SRP_A: handshake.srpA }, session, claim);
  }
  const step = challengeStep(name, params, session, config, answer);
  if (step) return step;
  if (name === undefined)
    throw new UnexpectedAuthResponseError('Cognito answered with neither tokens nor a challenge');
  throw new UnsupportedChallengeError(
    `Cognito asked for the ${name} challenge, which signIn does not answer`,
  );
}
