import { createCognitoClient, listUsers } from '@iamkit/cognito';

/**
 * What the Cognito client throws from ListUsers when Cognito answers `code` with `message`, or, with
 * `code` undefined, when the network fails (one attempt, no retry, an injected fetch).
 */
export function cognitoFailure(code: string | undefined, message = ''): Promise<unknown> {
  const client = createCognitoClient({
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    region: 'us-east-1',
    retry: { maxAttempts: 1 },
    fetch: async () => {
      if (code === undefined) throw new TypeError('fetch failed');
      return new Response(JSON.stringify({ __type: code, message }), {
        status: 400,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
      });
    },
  });
  return listUsers(client, { UserPoolId: 'us-east-1_x' }).then(
    () => undefined,
    (error: unknown) => error,
  );
}
