export {
  createIamClient,
  type IamCallOptions,
  type IamClient,
  type IamClientConfig,
  type IamRequestSigner,
  type IamRetryOptions,
} from './client/createIamClient.js';
export { IamAbortError, isIamAbortError } from './errors/IamAbortError.js';
export { IamConfigError, isIamConfigError } from './errors/IamConfigError.js';
export { IamError, isIamError } from './errors/IamError.js';
export { IamNetworkError, isIamNetworkError } from './errors/IamNetworkError.js';
export { IamParseError, isIamParseError } from './errors/IamParseError.js';
export {
  type IamCommonErrorCode,
  type IamRawResponse,
  IamServiceError,
  isIamServiceError,
} from './errors/IamServiceError.js';
export { IamTimeoutError, type IamTimeoutScope, isIamTimeoutError } from './errors/IamTimeoutError.js';
export type { components as IamShapes } from './generated/iam.js';
export type { IamErrorCode, IamOperationName, IamOperations } from './generated/iam.operations.js';
export type {
  IamErrorCodeOf,
  IamInput,
  IamOperation,
  IamOperationArgs,
  IamOutput,
} from './operations/operation.js';
export * from './operations/operations.js';
export type { IamPaginator, PaginateOptions, PaginatorArgs } from './operations/paginate.js';
export * from './operations/paginators.js';
export { type IamClientWithSend, send, withSend } from './operations/send.js';
export * from './operations/waiters.js';
export type { IamWaiter, WaiterOptions, WaiterSpec } from './operations/waitFor.js';
export type { RetryOptions } from './retry/backoff.js';
