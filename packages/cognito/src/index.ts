/**
 * Amazon Cognito user pools (`cognito-idp`), typed from AWS's service model by `@iamkit/codegen`, on
 * `@iamkit/runtime`.
 *
 * @example
 * ```ts
 * import { createCognitoClient, initiateAuth } from '@iamkit/cognito';
 * const client = createCognitoClient({ region: 'eu-west-1' }); // unsigned operations need no credentials
 * await initiateAuth(client, { AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters });
 * ```
 */
export * from './auth/index.js';
export type { CognitoClient } from './cognitoSpec.js';
export { type CognitoClientConfig, createCognitoClient } from './createCognitoClient.js';
export {
  createUnsignedCognitoClient,
  type UnsignedCognitoClientConfig,
} from './createUnsignedCognitoClient.js';
export type { components, operations, paths } from './generated/cognitoIdp.js';
export { cognitoOperationSchemas, send } from './generated/cognitoIdp.operationSchemas.js';
export * from './generated/cognitoIdp.operations.functions.js';
export type {
  CognitoErrorCode,
  CognitoOperationName,
  CognitoOperations,
} from './generated/cognitoIdp.operations.js';
export * from './generated/cognitoIdp.paginators.js';
