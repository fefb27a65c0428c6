import { describe, expect, it } from 'vitest';
import * as runtime from '../../cognito/src/generated/cognitoIdp.runtime.js';
import { AwsError, createUnsignedServiceClient, isAwsConfigError, isAwsError } from '../src/index.js';
import { fakeFetch } from './support/fakeFetch.js';
import { rejection } from './support/rejection.js';
import { cognitoSpec } from './support/services.js';

const answer = () =>
  new Response(JSON.stringify({ Session: 's' }), {
    headers: { 'content-type': 'application/x-amz-json-1.1' },
  });

describe('createUnsignedServiceClient', () => {
  it('sends auth: none operations without an Authorization header', async () => {
    const fake = fakeFetch(answer);
    const client = createUnsignedServiceClient(cognitoSpec, { region: 'eu-west-1', fetch: fake.fetch });
    await client.invoke(runtime.InitiateAuth, { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'c' });
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('refuses credentials at creation and signed operations before sending', async () => {
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
    expect(() => createUnsignedServiceClient(cognitoSpec, { region: 'eu-west-1', credentials })).toThrow(
      /unsigned operations only/,
    );
    const fake = fakeFetch(answer);
    const client = createUnsignedServiceClient(cognitoSpec, { region: 'eu-west-1', fetch: fake.fetch });
    const error = await rejection(client.invoke(runtime.AdminGetUser, { UserPoolId: 'p', Username: 'u' }));
    expect(isAwsConfigError(error)).toBe(true);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('isAwsError', () => {
  it('holds for a subclass a service package names itself, and not for a look-alike', () => {
    class SignInError extends AwsError {
      override name = 'SignInError';
    }
    expect(isAwsError(new SignInError('x'))).toBe(true);
    expect(isAwsError(Object.assign(new Error('x'), { name: 'SignInError' }))).toBe(false);
    expect(JSON.stringify(new SignInError('x'))).toBe('{"name":"SignInError"}');
  });
});
