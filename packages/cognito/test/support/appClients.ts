import { type CognitoClient, createUserPoolClient } from '../../src/index.js';

type Flow =
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH';

/** Two app clients of a pool with the same flows: `web` without a secret, `server` with one. */
export const appClients = async (admin: CognitoClient, UserPoolId: string, flows: Flow[]) => {
  const web = await createUserPoolClient(admin, { UserPoolId, ClientName: 'web', ExplicitAuthFlows: flows });
  const server = await createUserPoolClient(admin, {
    UserPoolId,
    ClientName: 'server',
    GenerateSecret: true,
    ExplicitAuthFlows: flows,
  });
  return {
    publicClientId: web.UserPoolClient!.ClientId!,
    secretClient: { id: server.UserPoolClient!.ClientId!, secret: server.UserPoolClient!.ClientSecret! },
  };
};
