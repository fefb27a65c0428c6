/**
 * AWS Security Token Service, typed from AWS's service model by `@iamkit/codegen`, on `@iamkit/runtime`,
 * and the credential providers that need STS: `fromAssumeRole` here (every runtime), `fromWebIdentity`,
 * `fromProfile` and `defaultCredentials` under Node.
 *
 * @example
 * ```ts
 * import { createStsClient, getCallerIdentity } from '@iamkit/sts';
 * const { Account } = await getCallerIdentity(createStsClient({ region: 'eu-west-1', credentials }));
 * ```
 */
// The runtime's error family and helpers: everything a call can throw is an AwsError.

// What the credential providers throw (a client call wraps it in AwsCredentialsError), and what they return.
export {
  type AwsCredentials,
  type AwsCredentialsProvider,
  CredentialsError,
  isCredentialsError,
  type RoleAssumer,
} from '@iamkit/provider-config';
export {
  AwsAbortError,
  AwsConfigError,
  AwsCredentialsError,
  AwsError,
  AwsNetworkError,
  AwsParseError,
  AwsServiceError,
  AwsTimeoutError,
  type CallOptions,
  type ClientRetryOptions,
  type CommonErrorCode,
  isAwsAbortError,
  isAwsConfigError,
  isAwsCredentialsError,
  isAwsError,
  isAwsNetworkError,
  isAwsParseError,
  isAwsServiceError,
  isAwsTimeoutError,
  type RawResponse,
  type RequestSigner,
  type RetryOptions,
  type TimeoutScope,
  withSend,
} from '@iamkit/runtime';
export { createStsClient, type StsClientConfig } from './createStsClient.js';
export { type AssumeRoleOptions, fromAssumeRole } from './credentials/fromAssumeRole.js';
export { type StsRoleAssumerOptions, stsRoleAssumer } from './credentials/stsRoleAssumer.js';
export { type ConnectionRoleOptions, withConnectionRole } from './credentials/withConnectionRole.js';
export type { components, operations, paths } from './generated/sts.js';
export { send, stsOperationSchemas } from './generated/sts.operationSchemas.js';
export * from './generated/sts.operations.functions.js';
export type { StsErrorCode, StsOperationName, StsOperations } from './generated/sts.operations.js';
export type { StsEndpointOptions } from './StsEndpointOptions.js';
export type { StsClient } from './stsSpec.js';
