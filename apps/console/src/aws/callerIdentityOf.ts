// Who a connection's key belongs to, asked of STS when the connection is added: GetCallerIdentity needs
// no IAM permission, so it tells a wrong key from a key without rights before any page uses it.
import { createStsClient, getCallerIdentity } from '@iamkit/sts';
import type { Connection } from '../connections/Connection.js';

/** The ARN the connection's credentials sign as. */
export async function callerIdentityOf(connection: Connection): Promise<string> {
  const client = createStsClient({
    credentials: connection.credentials,
    region: connection.region,
    ...(connection.endpoint === undefined ? {} : { endpoint: connection.endpoint }),
    totalTimeout: 20_000,
  });
  const { Arn } = await getCallerIdentity(client);
  return Arn ?? 'an identity STS did not name';
}
