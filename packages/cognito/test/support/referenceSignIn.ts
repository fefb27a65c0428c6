// Drives amazon-cognito-identity-js (the independent implementation) through an SRP sign-in with
// a fake transport, a fixed clock and a fixed random byte stream, and records what it sends.
import * as library from 'amazon-cognito-identity-js';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { vi } from 'vitest';

// Exported by the library but missing from its type declarations.
const { AuthenticationHelper } = library as unknown as {
  AuthenticationHelper: new (
    poolName: string,
  ) => {
    generateHashDevice(groupKey: string, deviceKey: string, callback: (error: unknown) => void): void;
    getRandomPassword(): string;
    getSaltDevices(): string;
    getVerifierDevices(): string;
  };
};

export interface ReferenceInput {
  userPoolId: string;
  username: string;
  password: string;
  /** What the fake server answers to InitiateAuth. */
  challenge: { USER_ID_FOR_SRP: string; SRP_B: string; SALT: string; SECRET_BLOCK: string };
  now: Date;
  random: (size: number) => Uint8Array;
}

export interface ReferenceOutput {
  srpA: string;
  responses: Record<string, string>;
}

/** Feeds `random` to the library's only random source, crypto.getRandomValues(Uint32Array(1)), big-endian as it reads words. */
export function feedRandom(random: (size: number) => Uint8Array) {
  return vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => {
    const words = array as Uint32Array;
    const bytes = random(words.length * 4);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4);
    return array;
  });
}

export async function referenceSignIn(input: ReferenceInput): Promise<ReferenceOutput> {
  const spy = feedRandom(input.random);
  vi.useFakeTimers({ toFake: ['Date'], now: input.now });
  try {
    const pool = new CognitoUserPool({ UserPoolId: input.userPoolId, ClientId: 'reference-client' });
    const user = new CognitoUser({ Username: input.username, Pool: pool });
    let srpA = '';
    let responses: Record<string, string> = {};
    const fakeClient = {
      request(
        operation: string,
        params: Record<string, Record<string, string>>,
        callback: (error: unknown, data?: unknown) => void,
      ) {
        if (operation === 'InitiateAuth') {
          srpA = params.AuthParameters!.SRP_A!;
          callback(null, {
            ChallengeName: 'PASSWORD_VERIFIER',
            ChallengeParameters: input.challenge,
            Session: 's',
          });
        } else {
          responses = params.ChallengeResponses!;
          callback(new Error('stop here'));
        }
      },
    };
    (user as unknown as { client: typeof fakeClient }).client = fakeClient;
    await new Promise<void>((resolve) => {
      user.authenticateUser(
        new AuthenticationDetails({ Username: input.username, Password: input.password }),
        {
          onSuccess: () => resolve(),
          onFailure: () => resolve(),
        },
      );
    });
    return { srpA, responses };
  } finally {
    vi.useRealTimers();
    spy.mockRestore();
  }
}

/** The library's device verifier (generateHashDevice), after its constructor drew its 128 bytes of a. */
export function referenceDeviceVerifier(
  deviceGroupKey: string,
  deviceKey: string,
  random: (size: number) => Uint8Array,
) {
  const spy = feedRandom(random);
  try {
    const helper = new AuthenticationHelper(deviceGroupKey);
    let done = false;
    helper.generateHashDevice(deviceGroupKey, deviceKey, () => {
      done = true;
    });
    if (!done) throw new Error('generateHashDevice did not finish synchronously');
    return {
      devicePassword: helper.getRandomPassword(),
      Salt: Buffer.from(helper.getSaltDevices(), 'hex').toString('base64'),
      PasswordVerifier: Buffer.from(helper.getVerifierDevices(), 'hex').toString('base64'),
    };
  } finally {
    spy.mockRestore();
  }
}

export interface ReferenceDeviceInput {
  device: { deviceKey: string; deviceGroupKey: string; devicePassword: string };
  username: string;
  challenge: { SRP_B: string; SALT: string; SECRET_BLOCK: string };
  now: Date;
  random: (size: number) => Uint8Array;
}

/** The library's DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER answers (CognitoUser.getDeviceResponse). */
export function referenceDeviceSignIn(input: ReferenceDeviceInput): ReferenceOutput {
  const spy = feedRandom(input.random);
  vi.useFakeTimers({ toFake: ['Date'], now: input.now });
  try {
    const pool = new CognitoUserPool({ UserPoolId: 'eu-west-1_Ab12Cd34E', ClientId: 'reference-client' });
    const user = new CognitoUser({ Username: input.username, Pool: pool });
    Object.assign(user, {
      deviceKey: input.device.deviceKey,
      deviceGroupKey: input.device.deviceGroupKey,
      randomPassword: input.device.devicePassword,
    });
    let srpA = '';
    let responses: Record<string, string> = {};
    const fakeClient = {
      request(
        _: string,
        params: Record<string, Record<string, string>>,
        callback: (error: unknown, data?: unknown) => void,
      ) {
        const sent = params.ChallengeResponses!;
        if (sent.SRP_A) {
          srpA = sent.SRP_A;
          callback(null, {
            ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
            ChallengeParameters: input.challenge,
            Session: 's',
          });
        } else {
          responses = sent;
          callback(new Error('stop here'));
        }
      },
    };
    Object.assign(user, { client: fakeClient });
    (user as unknown as { getDeviceResponse(callbacks: object): void }).getDeviceResponse({
      onSuccess: () => undefined,
      onFailure: () => undefined,
    });
    return { srpA, responses };
  } finally {
    vi.useRealTimers();
    spy.mockRestore();
  }
}
