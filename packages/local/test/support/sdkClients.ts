import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import type { Credentials, Local } from '../../src/index.js';

/** AWS SDK v3 clients pointed at an emulator, with the given credentials (root by default). */
export const sdkClients = (
  local: Local,
  credentials: Credentials & { sessionToken?: string } = local.rootCredentials,
) => {
  const config = { endpoint: local.url, region: 'us-east-1', credentials, maxAttempts: 1 };
  return {
    iam: new IAMClient(config),
    sts: new STSClient(config),
    cognito: new CognitoIdentityProviderClient(config),
  };
};

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & { name: string; $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { name: string };
  }
  throw new Error('expected a rejection');
}
