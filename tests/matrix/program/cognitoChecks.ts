import {
  adminGetUser,
  createCognitoAuth,
  createUnsignedCognitoClient,
  decodeJwtClaims,
  initiateAuth,
  isInvalidAuthInputError,
} from '@iamkit/cognito';
import { isAwsConfigError, isAwsError, isAwsServiceError } from '@iamkit/runtime';
import { type Check, check } from './check.js';
import type { ConformanceInput } from './conformanceInput.js';

const outcome = async (call: () => unknown) => {
  try {
    await call();
    return 'no error';
  } catch (error) {
    const { name, message } = error as Error;
    return {
      name,
      isAwsError: isAwsError(error),
      ...(isAwsServiceError(error)
        ? { code: error.code, statusCode: error.statusCode, operation: error.operation }
        : {
            message,
            isAwsConfigError: isAwsConfigError(error),
            isInvalidAuthInputError: isInvalidAuthInputError(error),
          }),
    };
  }
};

/**
 * Cognito with no AWS credentials at all, as a browser signs in: SRP against @iamkit/local (which checks
 * the proof, unlike moto), the unsigned client against moto (the IAM section's endpoint serves Cognito
 * too) with a typed service error, the Admin operations refused before sending, and sign-in's own errors
 * inside the runtime's family in this runtime's copy of the packages.
 */
export async function cognitoChecks({ iam, cognito }: ConformanceInput): Promise<Check[]> {
  const client = createUnsignedCognitoClient({ endpoint: iam.endpoint, region: 'us-east-1', retry: 1 });
  const local = createUnsignedCognitoClient({ endpoint: cognito.endpoint, region: 'us-east-1', retry: 1 });
  const auth = createCognitoAuth({
    client: local,
    userPoolId: cognito.userPoolId,
    clientId: cognito.clientId,
  });
  return [
    await check(
      'cognito/SRP sign-in against @iamkit/local',
      { kind: 'signedIn', username: cognito.username },
      async () => {
        const result = await auth.signIn({ username: cognito.username, password: cognito.password });
        return {
          kind: result.kind,
          username:
            result.kind === 'signedIn' ? decodeJwtClaims(result.tokens.accessToken).username : undefined,
        };
      },
    ),
    await check(
      'cognito/SRP sign-in with a wrong password',
      {
        name: 'AwsServiceError',
        isAwsError: true,
        code: 'NotAuthorizedException',
        statusCode: 400,
        operation: 'RespondToAuthChallenge',
      },
      () => outcome(() => auth.signIn({ username: cognito.username, password: `${cognito.password}x` })),
    ),
    await check(
      'cognito/unsigned InitiateAuth with an unknown app client',
      {
        name: 'AwsServiceError',
        isAwsError: true,
        code: 'ResourceNotFoundException',
        statusCode: 400,
        operation: 'InitiateAuth',
      },
      () =>
        outcome(() =>
          initiateAuth(client, {
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: 'matrix-unknown-client',
            AuthParameters: { USERNAME: 'alice', PASSWORD: 'not a real password' },
          }),
        ),
    ),
    await check(
      'cognito/an Admin operation on the unsigned client is refused before sending',
      {
        name: 'AwsConfigError',
        isAwsError: true,
        message: 'Cognito Identity Provider AdminGetUser: no credentials; pass `credentials` (or a `signer`)',
        isAwsConfigError: true,
        isInvalidAuthInputError: false,
      },
      () => outcome(() => adminGetUser(client, { UserPoolId: 'us-east-1_Matrix1', Username: 'alice' })),
    ),
    await check(
      'cognito/sign-in errors are in the runtime family',
      {
        name: 'InvalidAuthInputError',
        isAwsError: true,
        message: 'userPoolId must look like us-east-1_AbCdEf123',
        isAwsConfigError: false,
        isInvalidAuthInputError: true,
      },
      () => outcome(() => createCognitoAuth({ client, userPoolId: 'not-a-pool', clientId: 'app' })),
    ),
  ];
}
