import type { IamOperationName, IamOperations } from '../generated/iam.operations.js';
import { IamError } from './IamError.js';

/** The HTTP response behind a service error, as received (body capped by `maxResponseBytes`). */
export interface IamRawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Error codes any IAM operation can return besides the ones its model lists. */
export type IamCommonErrorCode =
  | 'AccessDenied'
  | 'AccessDeniedException'
  | 'IncompleteSignature'
  | 'InvalidAction'
  | 'InvalidClientTokenId'
  | 'InvalidParameterCombination'
  | 'InvalidParameterValue'
  | 'InvalidQueryParameter'
  | 'MissingAuthenticationToken'
  | 'MissingParameter'
  | 'NotAuthorized'
  | 'OptInRequired'
  | 'RequestExpired'
  | 'ServiceUnavailable'
  | 'SignatureDoesNotMatch'
  | 'Throttling'
  | 'ValidationError'
  | 'ExpiredToken';

export interface IamServiceErrorInit {
  code: string;
  message: string;
  statusCode: number;
  requestId: string | undefined;
  type: string | undefined;
  retryable: boolean;
  operation: string;
  response: IamRawResponse;
}

/**
 * AWS answered with an error. `code` is typed as the operation's modelled errors plus the common ones
 * (`string & {}` keeps unknown future codes assignable without losing autocompletion).
 *
 * @example
 * ```ts
 * try { await getUser(client, { UserName: 'nobody' }); }
 * catch (error) {
 *   if (isIamServiceError(error) && error.code === 'NoSuchEntity') return undefined;
 *   throw error;
 * }
 * ```
 */
export class IamServiceError<Code extends string = string> extends IamError {
  override name = 'IamServiceError';
  // `declare`: no class-field initialisers to emit; the constructor assigns them all at once.
  declare readonly code: Code | IamCommonErrorCode | (string & {});
  declare readonly statusCode: number;
  declare readonly requestId: string | undefined;
  /** `Sender` or `Receiver`, when AWS says. */
  declare readonly type: string | undefined;
  declare readonly retryable: boolean;
  declare readonly operation: string;
  declare readonly response: IamRawResponse;

  constructor({ message, ...fields }: IamServiceErrorInit, options?: ErrorOptions) {
    super(`${fields.operation}: ${fields.code}: ${message}`, options);
    Object.assign(this, fields);
  }
}

/**
 * True for an `IamServiceError`. Given the operation function too, it is true only for errors of that
 * operation, and narrows `code` to the errors its model lists (plus the common ones).
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (isIamServiceError(error, getUser) && error.code === 'NoSuchEntity') return undefined;
 * }
 * ```
 */
export const isIamServiceError = <N extends IamOperationName = IamOperationName>(
  error: unknown,
  operation?: { readonly operationName: N },
): error is IamServiceError<IamOperations[N]['errors']> =>
  error instanceof Error &&
  error.name === 'IamServiceError' &&
  (operation === undefined || (error as IamServiceError).operation === operation.operationName);
