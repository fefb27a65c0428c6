import { AwsError } from './AwsError.js';

/** The HTTP response behind a service error, as received (body capped by `maxResponseBytes`). */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Error codes any AWS operation can answer with besides the ones its model lists (AWS's "common errors"). */
export type CommonErrorCode =
  | 'AccessDenied'
  | 'AccessDeniedException'
  | 'ExpiredToken'
  | 'ExpiredTokenException'
  | 'IncompleteSignature'
  | 'InternalFailure'
  | 'InvalidAction'
  | 'InvalidClientTokenId'
  | 'InvalidParameterCombination'
  | 'InvalidParameterValue'
  | 'InvalidQueryParameter'
  | 'MalformedQueryString'
  | 'MissingAction'
  | 'MissingAuthenticationToken'
  | 'MissingParameter'
  | 'NotAuthorized'
  | 'OptInRequired'
  | 'RequestExpired'
  | 'ServiceUnavailable'
  | 'SignatureDoesNotMatch'
  | 'Throttling'
  | 'ThrottlingException'
  | 'UnrecognizedClientException'
  | 'ValidationError'
  | 'UnknownError'
  | 'UnexpectedRedirect';

/** What a protocol reads from an error response, before the client adds the call's facts. */
export interface ServiceErrorInit {
  code: string;
  /** AWS's own message, as sent. */
  awsMessage: string;
  statusCode: number;
  requestId: string | undefined;
  /** `Sender` or `Receiver`, when AWS says (Query protocol). */
  type: string | undefined;
  retryable: boolean;
  /** The service's short name, e.g. `IAM`. */
  service: string;
  operation: string;
  response: RawResponse;
}

/**
 * AWS answered with an error. Without narrowing, `code` is any string; narrowed by
 * `isAwsServiceError(error, operation)` it is the operation's modelled errors plus the common ones, so a
 * misspelt code in a comparison fails to typecheck.
 *
 * @example
 * ```ts
 * try { await getUser(client, { UserName: 'nobody' }); }
 * catch (error) {
 *   if (isAwsServiceError(error, getUser) && error.code === 'NoSuchEntity') return undefined;
 *   throw error;
 * }
 * ```
 */
export class AwsServiceError<Code extends string = string> extends AwsError {
  override name = 'AwsServiceError';
  // `declare`: no class-field initialisers to emit; the constructor assigns them all at once.
  declare readonly code: Code;
  declare readonly awsMessage: string;
  declare readonly statusCode: number;
  declare readonly requestId: string | undefined;
  declare readonly type: string | undefined;
  declare readonly retryable: boolean;
  declare readonly service: string;
  declare readonly operation: string;
  /** How many attempts the call made, this one included. */
  declare readonly attempts: number;
  declare readonly response: RawResponse;

  constructor(init: ServiceErrorInit, options?: ErrorOptions) {
    super(`${init.service} ${init.operation}: ${init.code}: ${init.awsMessage}`, options);
    Object.assign(this, init, { attempts: 1 });
  }
}

/**
 * True for an `AwsServiceError`. Given an operation function too, true only for that operation's errors,
 * with `code` narrowed to the errors its model lists plus the common ones.
 *
 * @example
 * ```ts
 * if (isAwsServiceError(error, getUser) && error.code === 'NoSuchEntity') return undefined;
 * ```
 */
export const isAwsServiceError = <E extends string = string>(
  error: unknown,
  operation?: { readonly operationName: string; readonly errors: readonly E[] },
): error is AwsServiceError<string extends E ? string : E | CommonErrorCode> =>
  error instanceof Error &&
  error.name === 'AwsServiceError' &&
  (operation === undefined || (error as AwsServiceError).operation === operation.operationName);
