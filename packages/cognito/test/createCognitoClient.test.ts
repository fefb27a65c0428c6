import { isAwsConfigError } from '@iamkit/runtime';
import { describe, expect, it } from 'vitest';
import { adminGetUser, createCognitoClient, initiateAuth } from '../src/index.js';

describe('createCognitoClient', () => {
  it('needs only a region for unsigned sign-in operations, and refuses signed ones before sending', async () => {
    const seen: Request[] = [];
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      seen.push(new Request(input, init));
      return new Response(JSON.stringify({ Session: 's' }), {
        headers: { 'content-type': 'application/x-amz-json-1.1' },
      });
    };
    const client = createCognitoClient({ region: 'eu-west-1', fetch: fetch as typeof globalThis.fetch });
    const out = await initiateAuth(client, { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'c' });
    expect(out).toEqual({ Session: 's', ChallengeParameters: {}, AvailableChallenges: [] });
    expect(seen[0]!.headers.get('x-amz-target')).toBe('AWSCognitoIdentityProviderService.InitiateAuth');
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    const error = await adminGetUser(client, { UserPoolId: 'p', Username: 'u' }).catch((e: unknown) => e);
    expect(isAwsConfigError(error)).toBe(true);
    expect(seen).toHaveLength(1);
  });
});
