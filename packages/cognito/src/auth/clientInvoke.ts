import type { CognitoClient } from '../cognitoSpec.js';
import {
  adminInitiateAuth,
  adminRespondToAuthChallenge,
  associateSoftwareToken,
  confirmDevice,
  globalSignOut,
  initiateAuth,
  respondToAuthChallenge,
  revokeToken,
  verifySoftwareToken,
} from '../generated/cognitoIdp.operations.functions.js';
import type { AuthOperationName, CognitoInvoke } from './signIn/AuthOperations.js';

// The generated operation per name: the runtime signs the Admin ones and sends the rest unsigned, as
// the model's auth trait says, so `signed` needs no handling here.
const operations = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AdminInitiateAuth: adminInitiateAuth,
  AdminRespondToAuthChallenge: adminRespondToAuthChallenge,
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  ConfirmDevice: confirmDevice,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
} satisfies Record<AuthOperationName, unknown>;

type Call = (client: CognitoClient, input: object) => Promise<never>;

/**
 * Sign-in's {@link CognitoInvoke} over a Cognito client's generated operations.
 *
 * @example
 * ```ts
 * const invoke = clientInvoke(createUnsignedCognitoClient({ region: 'eu-west-1' }));
 * ```
 */
export const clientInvoke =
  (client: CognitoClient): CognitoInvoke =>
  (operation, input) =>
    (operations[operation] as unknown as Call)(client, input);
