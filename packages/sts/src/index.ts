/**
 * AWS Security Token Service, typed from AWS's service model by `@iamkit/codegen`.
 *
 * @example
 * ```ts
 * import type { StsOperations } from '@iamkit/sts';
 * type AssumeRoleOutput = StsOperations['AssumeRole']['output'];
 * ```
 */
export type { components, operations, paths } from './generated/sts.js';
export type { StsErrorCode, StsOperationName, StsOperations } from './generated/sts.operations.js';
