// The one place the console builds IAM clients. Every IAM call of the app lives in aws/iam*.ts, so a
// change of the client package's API is mended here.
import { createIamClient, type IamClient } from '@iamkit/iam';
import type { Connection } from '../connections/Connection.js';

const clients = new WeakMap<Connection, IamClient>();

/** One client per connection, kept for the connection's life (keep-alive, learned clock skew). */
export function iamClientFor(connection: Connection): IamClient {
  let client = clients.get(connection);
  if (!client) {
    client = createIamClient({
      credentials: connection.credentials,
      region: connection.region,
      ...(connection.endpoint === undefined ? {} : { endpoint: connection.endpoint }),
      // A page waits for at most this long, retries and throttling backoff included.
      totalTimeout: 20_000,
    });
    clients.set(connection, client);
  }
  return client;
}
