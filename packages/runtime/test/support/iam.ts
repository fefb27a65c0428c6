// IAM's generated operations, paginators and waiters beside the runtime under test: what the tests call
// as `iam.listUsers(client)`, `iam.isAwsServiceError(error)`.

export { send } from '../../../iam/src/generated/iam.operationSchemas.js';
export * from '../../../iam/src/generated/iam.operations.functions.js';
export type { IamOperationName, IamOperations } from '../../../iam/src/generated/iam.operations.js';
export * from '../../../iam/src/generated/iam.paginators.js';
export * from '../../../iam/src/generated/iam.waiters.js';
export * from '../../src/index.js';
