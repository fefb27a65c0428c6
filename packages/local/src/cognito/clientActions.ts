import { ids } from '../ids.js';
import type { CognitoClient } from '../store/State.js';
import type { CognitoAction } from './CognitoContext.js';
import { field, lookup } from './lookup.js';
import { paginateResults } from './paginateResults.js';

/** The flows a client allows when created without `ExplicitAuthFlows`, as Cognito defaults them. */
const DEFAULT_FLOWS = ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH'];

const describe = (poolId: string, client: CognitoClient) => ({
  UserPoolId: poolId,
  ClientName: client.name,
  ClientId: client.id,
  ClientSecret: client.secret,
  LastModifiedDate: client.created / 1000,
  CreationDate: client.created / 1000,
  RefreshTokenValidity: client.refreshTokenValidityDays,
  ExplicitAuthFlows: client.explicitAuthFlows,
  // Cognito's defaults for settings the emulator does not model.
  AllowedOAuthFlowsUserPoolClient: false,
  AuthSessionValidity: 3,
  EnablePropagateAdditionalUserContextData: false,
  EnableTokenRevocation: true,
});

/** App clients of a pool, optionally with a secret (then SECRET_HASH is required). */
export const clientActions: Record<string, CognitoAction> = {
  CreateUserPoolClient: ({ state, input, now }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const flows = (input.ExplicitAuthFlows as string[] | undefined) ?? DEFAULT_FLOWS;
    const client: CognitoClient = {
      id: ids.clientId(),
      name: field(input, 'ClientName'),
      secret: input.GenerateSecret === true ? ids.clientSecret() : undefined,
      explicitAuthFlows: flows,
      created: now,
      refreshTokenValidityDays:
        typeof input.RefreshTokenValidity === 'number' ? input.RefreshTokenValidity : 30,
    };
    pool.clients[client.id] = client;
    return { UserPoolClient: describe(pool.id, client) };
  },
  DescribeUserPoolClient: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    return { UserPoolClient: describe(pool.id, lookup.client(pool, field(input, 'ClientId'))) };
  },
  ListUserPoolClients: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const clients = Object.values(pool.clients).map((client) => ({
      ClientId: client.id,
      UserPoolId: pool.id,
      ClientName: client.name,
    }));
    const { page, next } = paginateResults(clients, input, 'MaxResults', 'NextToken', 60);
    return { UserPoolClients: page, NextToken: next };
  },
  DeleteUserPoolClient: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const client = lookup.client(pool, field(input, 'ClientId'));
    delete pool.clients[client.id];
    return {};
  },
};
