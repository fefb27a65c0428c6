/**
 * Amazon Cognito user pools (`cognito-idp`), typed from AWS's service model by `@iamkit/codegen`.
 *
 * @example
 * ```ts
 * import type { CognitoOperations } from '@iamkit/cognito';
 * type SignUpInput = CognitoOperations['SignUp']['input'];
 * ```
 */
export * from './auth/index.js';
export type { components, operations, paths } from './generated/cognitoIdp.js';
export type {
  CognitoErrorCode,
  CognitoOperationName,
  CognitoOperations,
} from './generated/cognitoIdp.operations.js';
