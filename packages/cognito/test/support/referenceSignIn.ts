// Drives amazon-cognito-identity-js (the independent implementation) through an SRP sign-in with
// a fake transport, a fixed clock and a fixed random byte stream, and records what it sends.
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { vi } from 'vitest';

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
