// The two workloads, set up the same way on both servers over HTTP: a signed IAM ListUsers (SigV4
// by @iamkit/signer for every request) and an unsigned Cognito InitiateAuth (USER_PASSWORD_AUTH).
import { createSigner } from '@iamkit/signer';

const TARGET = 'AWSCognitoIdentityProviderService.';

export function workloads(url, credentials) {
  const iam = createSigner({ credentials, region: 'us-east-1', service: 'iam' });
  const idp = createSigner({ credentials, region: 'us-east-1', service: 'cognito-idp' });

  const cognito = async (operation, input, signed = true) => {
    const request = {
      method: 'POST',
      url: `${url}/`,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET + operation },
      body: JSON.stringify(input),
    };
    const { headers } = signed ? await idp.sign(request) : request;
    const response = await fetch(request.url, { method: 'POST', headers, body: request.body });
    const output = await response.json();
    if (!response.ok) throw new Error(`${operation}: ${JSON.stringify(output)}`);
    return output;
  };

  return {
    async setUp() {
      const pool = await cognito('CreateUserPool', { PoolName: 'bench' });
      const poolId = pool.UserPool.Id;
      const client = await cognito('CreateUserPoolClient', {
        UserPoolId: poolId,
        ClientName: 'bench',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      });
      await cognito('AdminCreateUser', {
        UserPoolId: poolId,
        Username: 'bench',
        TemporaryPassword: 'Bench-Pass-1',
      });
      await cognito('AdminSetUserPassword', {
        UserPoolId: poolId,
        Username: 'bench',
        Password: 'Bench-Pass-1',
        Permanent: true,
      });
      return client.UserPoolClient.ClientId;
    },
    async listUsers() {
      const request = {
        method: 'POST',
        url: `${url}/`,
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: 'Action=ListUsers&Version=2010-05-08',
      };
      const { headers } = await iam.sign(request);
      const response = await fetch(request.url, { method: 'POST', headers, body: request.body });
      await response.arrayBuffer();
      return response.ok;
    },
    initiateAuth: (clientId) => async () => {
      const output = await cognito(
        'InitiateAuth',
        {
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'bench', PASSWORD: 'Bench-Pass-1' },
        },
        false,
      );
      return Boolean(output.AuthenticationResult?.AccessToken);
    },
  };
}
