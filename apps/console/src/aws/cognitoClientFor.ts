// The one place the console builds Cognito clients. Every Cognito admin call of the app lives in
// aws/cognito*.ts (and the demo seed), so a change of the client package's API is mended here.
import { type CognitoClient, createCognitoClient } from '@iamkit/cognito';
import type { Connection } from '../connections/Connection.js';

const clients = new WeakMap<Connection, CognitoClient>();

/**
 * One signed client per connection, kept for the connection's life (keep-alive, learned clock skew). Its
 * `endpoint` is AWS's for the region or `apiSubdomain`, or the emulator's.
 */
export function cognitoClientFor(connection: Connection): CognitoClient {
  let client = clients.get(connection);
  if (!client) {
    client = createCognitoClient({
      credentials: connection.credentials,
      region: connection.region,
      ...(connection.apiSubdomain === undefined ? {} : { apiSubdomain: connection.apiSubdomain }),
      ...(connection.endpoint === undefined ? {} : { endpoint: connection.endpoint }),
      // A page waits for at most this long, retries and throttling backoff included.
      totalTimeout: 20_000,
    });
    clients.set(connection, client);
  }
  return client;
}
