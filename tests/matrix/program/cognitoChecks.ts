import {
  adminGetUser,
  createCognitoAuth,
  createUnsignedCognitoClient,
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
 * Cognito with no AWS credentials at all, as a browser signs in: the unsigned client against moto (the
 * IAM section's endpoint serves Cognito too), a typed service error, the Admin operations refused before
 * sending, and sign-in's own errors inside the runtime's family in this runtime's copy of the packages.
 */
export async function cognitoChecks({ iam }: ConformanceInput): Promise<Check[]> {
  const client = createUnsignedCognitoClient({ endpoint: iam.endpoint, region: 'us-east-1', retry: 1 });
  return [
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
