import { isAwsConfigError, isAwsError } from '@iamkit/runtime';
import { describe, expect, test } from 'vitest';
import {
  createCognitoAuth,
  createUnsignedCognitoClient,
  InvalidAuthInputError,
  isInvalidAuthInputError,
} from '../src/index.js';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/x-amz-json-1.1' } });

const recordingClient = (answer: (target: string) => unknown) => {
  const seen: Request[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request);
    return json(answer(request.headers.get('x-amz-target') ?? ''));
  };
  return {
    client: createUnsignedCognitoClient({ region: 'eu-west-1', fetch: fetch as typeof globalThis.fetch }),
    seen,
  };
};

describe('sign-in through a Cognito client', () => {
  test('sends InitiateAuth through the generated operation, unsigned', async () => {
    const { client, seen } = recordingClient(() => ({
      AuthenticationResult: { AccessToken: 'a.b.c', IdToken: 'i.d.t', RefreshToken: 'r', ExpiresIn: 3600 },
    }));
    const auth = createCognitoAuth({ client, userPoolId: 'eu-west-1_Pool1', clientId: 'app' });
    const result = await auth.signIn({ flow: 'USER_PASSWORD_AUTH', username: 'alice', password: 'pw' });
    expect(result.kind).toBe('signedIn');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(seen[0]!.headers.get('x-amz-target')).toBe('AWSCognitoIdentityProviderService.InitiateAuth');
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    expect(await seen[0]!.json()).toMatchObject({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'app' });
  });

  test('the Admin flow on an unsigned client fails before sending, in the runtime family', async () => {
    const { client, seen } = recordingClient(() => ({}));
    const auth = createCognitoAuth({ client, userPoolId: 'eu-west-1_Pool1', clientId: 'app' });
    const error = await auth
      .signIn({ flow: 'ADMIN_USER_PASSWORD_AUTH', username: 'alice', password: 'pw' })
      .catch((e: unknown) => e);
    expect(isAwsConfigError(error)).toBe(true);
    expect(seen).toHaveLength(0);
  });

  test('refuses both client and invoke; auth errors are AwsErrors with their own names', () => {
    const { client } = recordingClient(() => ({}));
    const error = (() => {
      try {
        createCognitoAuth({
          client,
          invoke: async () => ({}),
          userPoolId: 'eu-west-1_Pool1',
          clientId: 'app',
        });
      } catch (e) {
        return e;
      }
    })();
    expect(isInvalidAuthInputError(error)).toBe(true);
    expect(isAwsError(error)).toBe(true);
    expect((error as Error).name).toBe('InvalidAuthInputError');
    expect(isAwsError(new InvalidAuthInputError('x'))).toBe(true);
  });
});
