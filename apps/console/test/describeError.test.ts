import { createIamClient, listUsers } from '@iamkit/iam';
import { describe, expect, test } from 'vitest';
import { describeError } from '../src/aws/describeError.js';
import { cognitoFailure } from './support/cognitoFailure.js';

/** What the IAM client throws when IAM answers `code` (one attempt, no retry). */
async function iamFailure(code: string, message: string): Promise<unknown> {
  const body = `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>1</RequestId></ErrorResponse>`;
  const client = createIamClient({
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    region: 'us-east-1',
    retry: { maxAttempts: 1 },
    fetch: async () =>
      new Response(body, {
        status: code === 'Throttling' ? 400 : 403,
        headers: { 'content-type': 'text/xml' },
      }),
  });
  return listUsers(client, {}).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('describeError: client errors as sentences', () => {
  test('IAM throttling, access denied and not found', async () => {
    expect(describeError(await iamFailure('Throttling', 'Rate exceeded'))).toMatchObject({
      status: 429,
      title: 'AWS is throttling requests',
    });
    const denied = describeError(
      await iamFailure(
        'AccessDenied',
        'User: arn:aws:iam::1:user/dora is not authorized to perform: iam:ListUsers',
      ),
    );
    expect(denied).toMatchObject({ status: 403, title: 'Access denied' });
    expect(denied.detail).toContain('not authorized to perform: iam:ListUsers');
    expect(
      describeError(await iamFailure('NoSuchEntity', 'The user with name x cannot be found.')),
    ).toMatchObject({
      status: 404,
      title: 'Not found',
    });
  });

  test('Cognito errors (the same family), and an unreachable Cognito', async () => {
    expect(describeError(await cognitoFailure('NotAuthorizedException', 'x'))).toMatchObject({
      status: 403,
    });
    expect(
      describeError(await cognitoFailure('UserNotFoundException', 'User does not exist.')),
    ).toMatchObject({
      status: 404,
      detail: expect.stringContaining('User does not exist.'),
    });
    expect(describeError(await cognitoFailure('TooManyRequestsException', 'Rate exceeded'))).toMatchObject({
      status: 429,
    });
    expect(describeError(await cognitoFailure('UsernameExistsException', 'x'))).toMatchObject({
      status: 409,
    });
    expect(describeError(await cognitoFailure(undefined))).toMatchObject({
      status: 502,
      title: 'AWS could not be reached',
    });
  });

  test('anything else is not swallowed', () => {
    const bug = new TypeError('a bug');
    expect(() => describeError(bug)).toThrow(bug);
  });
});
