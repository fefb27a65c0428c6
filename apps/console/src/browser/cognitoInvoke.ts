// Sign-in's transport in the browser: @iamkit/cognito's client without credentials (the operations
// sign-in sends are unsigned, and no AWS credentials are ever in the browser). It dispatches to the
// generated operation functions by name rather than through `send`, which would pull every operation's
// schema into the bundle.
import {
  associateSoftwareToken,
  type CognitoClient,
  type CognitoInvoke,
  confirmDevice,
  createCognitoClient,
  globalSignOut,
  initiateAuth,
  respondToAuthChallenge,
  revokeToken,
  verifySoftwareToken,
} from '@iamkit/cognito';

type UnsignedOperation = (client: CognitoClient, input: never) => Promise<unknown>;

const UNSIGNED: Record<string, UnsignedOperation> = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  ConfirmDevice: confirmDevice,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
};

/** An invoke for sign-in that sends to `endpoint` (Cognito's for `region`, or the emulator's). */
export function cognitoInvoke(region: string, endpoint: string): CognitoInvoke {
  const client = createCognitoClient({ region, endpoint });
  return async (operation, input, { signed }) => {
    const send = UNSIGNED[operation];
    if (signed || send === undefined) {
      throw new TypeError(`${operation} needs AWS credentials: not in a browser`);
    }
    // The seam's input and output types are subsets of the generated ones (see CognitoInvoke).
    return (await send(client, input as never)) as Awaited<ReturnType<CognitoInvoke>>;
  };
}
