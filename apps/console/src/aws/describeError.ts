// The one place client errors become sentences for people. IAM's and Cognito's clients throw the same
// family (the runtime's AwsError, re-exported by @iamkit/iam), so one set of guards reads both.
import { isAwsCredentialsError, isAwsError, isAwsServiceError, isAwsTimeoutError } from '@iamkit/iam';
import { isCredentialsError } from '@iamkit/provider-config';

/** A failure as a page shows it; `status` is the HTTP status the page answers with. */
export interface ReadableError {
  title: string;
  detail: string;
  status: 400 | 403 | 404 | 409 | 429 | 502;
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'LimitExceededException',
]);
const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'NotAuthorizedException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
]);
const NOT_FOUND = new Set(['NoSuchEntity', 'ResourceNotFoundException', 'UserNotFoundException']);
const CONFLICT = new Set([
  'EntityAlreadyExists',
  'UsernameExistsException',
  'DeleteConflict',
  'GroupExistsException',
]);
const INVALID = new Set([
  'InvalidPasswordException',
  'InvalidParameterException',
  'ValidationError',
  'InvalidInput',
]);

function byCode(code: string, message: string): ReadableError | undefined {
  if (THROTTLING.has(code)) {
    return {
      status: 429,
      title: 'AWS is throttling requests',
      detail: 'Too many requests right now: wait a moment and try again.',
    };
  }
  if (DENIED.has(code)) {
    return {
      status: 403,
      title: 'Access denied',
      detail: `The connection's credentials may not do this (${code}): ${message}`,
    };
  }
  if (NOT_FOUND.has(code)) return { status: 404, title: 'Not found', detail: message };
  if (CONFLICT.has(code)) return { status: 409, title: 'Already exists or still in use', detail: message };
  if (INVALID.has(code)) return { status: 400, title: 'Refused', detail: message };
  return undefined;
}

/** Turns what a client call threw into a title and a sentence; unknown errors are rethrown. */
export function describeError(error: unknown): ReadableError {
  if (isAwsServiceError(error)) {
    return (
      byCode(error.code, error.message) ?? {
        status: 502,
        title: `AWS refused: ${error.code}`,
        detail: error.message,
      }
    );
  }
  if (isAwsTimeoutError(error)) {
    return { status: 502, title: 'AWS did not answer in time', detail: error.message };
  }
  if (isCredentialsError(error) || isAwsCredentialsError(error)) {
    return { status: 502, title: 'No credentials', detail: error.message };
  }
  if (isAwsError(error)) return { status: 502, title: 'AWS could not be reached', detail: error.message };
  throw error;
}
