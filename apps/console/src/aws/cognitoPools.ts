import {
  type components,
  describeUserPool,
  describeUserPoolClient,
  listGroups,
  listUserPoolClients,
  listUserPools,
  listUsers,
} from '@iamkit/cognito';
import type { Connection } from '../connections/Connection.js';
import { cognitoClientFor } from './cognitoClientFor.js';

type Shapes = components['schemas'];
export type PoolSummary = Shapes['UserPoolDescriptionType'];
export type PoolUser = Shapes['UserType'];
export type PoolGroup = Shapes['GroupType'];

/** An app client as pages see it: whether it has a secret, never the secret. */
export interface AppClient {
  clientId: string;
  clientName: string;
  hasSecret: boolean;
  authFlows: string[];
}

/** The users' filter: by status, or an attribute's value or prefix (Cognito's `ListUsers` filter). */
export interface UserFilter {
  status?: string | undefined;
  attribute?: string | undefined;
  value?: string | undefined;
  /** `=` exact, `^=` starts with. */
  match?: '=' | '^=' | undefined;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Cognito allows one filter expression: the status, else the attribute. */
export function filterExpression(filter: UserFilter): string | undefined {
  if (filter.status) return `cognito:user_status = ${quote(filter.status)}`;
  if (filter.attribute && filter.value)
    return `${filter.attribute} ${filter.match ?? '^='} ${quote(filter.value)}`;
  return undefined;
}

export async function listPools(connection: Connection): Promise<PoolSummary[]> {
  const output = await listUserPools(cognitoClientFor(connection), { MaxResults: 60 });
  return output.UserPools ?? [];
}

export async function describePool(connection: Connection, poolId: string) {
  const output = await describeUserPool(cognitoClientFor(connection), { UserPoolId: poolId });
  return output.UserPool;
}

export async function listAppClients(connection: Connection, poolId: string): Promise<AppClient[]> {
  const client = cognitoClientFor(connection);
  const { UserPoolClients = [] } = await listUserPoolClients(client, {
    UserPoolId: poolId,
    MaxResults: 60,
  });
  return Promise.all(
    UserPoolClients.map(async ({ ClientId }) => {
      const { UserPoolClient: appClient } = await describeUserPoolClient(client, {
        UserPoolId: poolId,
        ClientId: ClientId!,
      });
      return {
        clientId: ClientId!,
        clientName: appClient?.ClientName ?? '',
        hasSecret: Boolean(appClient?.ClientSecret),
        authFlows: appClient?.ExplicitAuthFlows ?? [],
      };
    }),
  );
}

export async function listPoolUsers(
  connection: Connection,
  poolId: string,
  query: { filter: UserFilter; token?: string | undefined; limit?: number },
): Promise<{ users: PoolUser[]; nextToken: string | undefined }> {
  const filter = filterExpression(query.filter);
  const output = await listUsers(cognitoClientFor(connection), {
    UserPoolId: poolId,
    Limit: query.limit ?? 10,
    ...(filter === undefined ? {} : { Filter: filter }),
    ...(query.token ? { PaginationToken: query.token } : {}),
  });
  return { users: output.Users ?? [], nextToken: output.PaginationToken };
}

export async function listPoolGroups(connection: Connection, poolId: string): Promise<PoolGroup[]> {
  const output = await listGroups(cognitoClientFor(connection), { UserPoolId: poolId, Limit: 60 });
  return output.Groups ?? [];
}
