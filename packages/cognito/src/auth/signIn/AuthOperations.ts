// The injected seam between sign-in and the client: the Cognito operations sign-in calls, typed
// with the members it sends and reads. They are subsets of the generated model's shapes
// (CognitoOperations), so the generated client's inputs accept them and its outputs satisfy them.

type StringMap = Record<string, string>;

/** The auth flows sign-in starts (a subset of the model's AuthFlowType). */
export type AuthFlow =
  | 'USER_SRP_AUTH'
  | 'USER_PASSWORD_AUTH'
  | 'ADMIN_USER_PASSWORD_AUTH'
  | 'REFRESH_TOKEN_AUTH'
  | 'CUSTOM_AUTH';

/** The challenges sign-in answers (a subset of the model's ChallengeNameType). */
export type ChallengeName =
  | 'PASSWORD_VERIFIER'
  | 'DEVICE_SRP_AUTH'
  | 'DEVICE_PASSWORD_VERIFIER'
  | 'NEW_PASSWORD_REQUIRED'
  | 'SMS_MFA'
  | 'SOFTWARE_TOKEN_MFA'
  | 'EMAIL_OTP'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'CUSTOM_CHALLENGE';

/** What InitiateAuth and RespondToAuthChallenge (and their Admin forms) answer. */
export interface AuthOutput {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: StringMap;
  AuthenticationResult?: {
    AccessToken?: string;
    IdToken?: string;
    RefreshToken?: string;
    ExpiresIn?: number;
    TokenType?: string;
    NewDeviceMetadata?: { DeviceKey?: string; DeviceGroupKey?: string };
  };
}

interface Initiate {
  ClientId: string;
  AuthFlow: AuthFlow;
  AuthParameters: StringMap;
  ClientMetadata?: StringMap;
}
interface Respond {
  ClientId: string;
  ChallengeName: ChallengeName;
  ChallengeResponses: StringMap;
  Session?: string;
  ClientMetadata?: StringMap;
}

/** Each operation's input and output, as sign-in uses them. */
export interface AuthOperations {
  InitiateAuth: { input: Initiate; output: AuthOutput };
  RespondToAuthChallenge: { input: Respond; output: AuthOutput };
  AdminInitiateAuth: { input: Initiate & { UserPoolId: string }; output: AuthOutput };
  AdminRespondToAuthChallenge: { input: Respond & { UserPoolId: string }; output: AuthOutput };
  AssociateSoftwareToken: { input: { Session: string }; output: { SecretCode?: string; Session?: string } };
  VerifySoftwareToken: {
    input: { Session: string; UserCode: string; FriendlyDeviceName?: string };
    output: { Status?: string; Session?: string };
  };
  ConfirmDevice: {
    input: {
      AccessToken: string;
      DeviceKey: string;
      DeviceSecretVerifierConfig: { PasswordVerifier: string; Salt: string };
      DeviceName?: string;
    };
    output: { UserConfirmationNecessary?: boolean };
  };
  GlobalSignOut: { input: { AccessToken: string }; output: object };
  RevokeToken: { input: { Token: string; ClientId: string; ClientSecret?: string }; output: object };
}

/** The name of an operation sign-in calls. */
export type AuthOperationName = keyof AuthOperations;

/**
 * Sends one Cognito operation (AWS JSON 1.1) and resolves with its output; rejects with the
 * service's error as is. `signed` is true for the Admin operations, which need SigV4 and AWS
 * credentials; every other operation here is unauthenticated in the model and must be sent
 * without an Authorization header.
 *
 * @example
 * ```ts
 * const invoke: CognitoInvoke = (operation, input) => client.send(operation, input);
 * ```
 */
export type CognitoInvoke = <Name extends AuthOperationName>(
  operation: Name,
  input: AuthOperations[Name]['input'],
  context: { signed: boolean },
) => Promise<AuthOperations[Name]['output']>;
