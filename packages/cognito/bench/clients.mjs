// The clients under test, built the same way: static credentials, endpoint override, one signed
// AdminGetUser. The floors send an unsigned POST with no client at all, to show what the transports cost.
import http from 'node:http';

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const input = { UserPoolId: 'us-east-1_AbCdEf123', Username: 'alice' };
const body = JSON.stringify(input);
const headers = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'AWSCognitoIdentityProviderService.AdminGetUser',
};
const post = (agent, endpoint) =>
  new Promise((resolve, reject) => {
    const req = http.request(
      endpoint,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

export const clients = {
  /** In Node, `@iamkit/cognito` resolves to its `node` entry: requests go through node:http. */
  async ours(endpoint) {
    const { adminGetUser, createCognitoClient } = await import('@iamkit/cognito');
    const client = createCognitoClient({ endpoint, region: 'us-east-1', credentials, retry: 1 });
    return () => adminGetUser(client, input);
  },
  async sdk(endpoint) {
    const { AdminGetUserCommand, CognitoIdentityProviderClient } = await import(
      '@aws-sdk/client-cognito-identity-provider'
    );
    const client = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint,
      credentials,
      maxAttempts: 1,
    });
    return () => client.send(new AdminGetUserCommand(input));
  },
  /** Floor: ky itself, the same unsigned POST through a minimal node:http `fetch` (see the IAM bench). */
  async kyFloor(endpoint) {
    const { default: ky } = await import('ky');
    const agent = new http.Agent({ keepAlive: true });
    const fetch = async (request) => {
      const { status, text } = await post(agent, request.url);
      return new Response(text, { status });
    };
    const client = ky.create({ fetch, retry: 0, throwHttpErrors: false });
    return async () => JSON.parse(await client.post(endpoint, { body, headers }).text());
  },
  /** Floor: bare node:http with keep-alive, which the SDK's Node handler and our Node entry run on. */
  async httpFloor(endpoint) {
    const agent = new http.Agent({ keepAlive: true });
    return async () => JSON.parse((await post(agent, endpoint)).text);
  },
};
