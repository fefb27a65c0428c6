import { isInvalidConnectionError, resolveConnection } from '@iamkit/provider-config';
import { type Check, check } from './check.js';

// A platform connection as an integration platform stores it (made-up keys: nothing is sent).
const USERNAME = 'AKIAMATRIXEXAMPLE';
const PASSWORD = 'matrix/secret+key/EXAMPLE';
const platformConnection = (apiSubdomain: string) => ({
  credentials: { username: USERNAME, password: PASSWORD },
  connection_config: { region: 'us-east-2', apiSubdomain },
});

function resolved(service: 'iam' | 'cognito-idp') {
  const connection = resolveConnection(platformConnection('idp.us-east-2'), { service });
  const { url, signingRegion, signingName, partition, credentials } = connection;
  return {
    url,
    signingRegion,
    signingName,
    partition,
    accessKeyId: credentials.accessKeyId,
    secretIsTheKey: credentials.secretAccessKey === PASSWORD,
    secretInJson: JSON.stringify(connection).includes(PASSWORD),
  };
}

/** Platform connections resolved for IAM and Cognito, and a host-smuggling subdomain refused. */
export async function connectionChecks(): Promise<Check[]> {
  // Every connection resolves in the aws partition with the platform's key, its secret kept out of JSON.
  const expected = (url: string, signingRegion: string, signingName: string) => ({
    url,
    signingRegion,
    signingName,
    partition: 'aws',
    accessKeyId: USERNAME,
    secretIsTheKey: true,
    secretInJson: false,
  });
  return [
    await check('connection/iam', expected('https://iam.amazonaws.com', 'us-east-1', 'iam'), () =>
      resolved('iam'),
    ),
    await check(
      'connection/cognito-idp',
      expected('https://cognito-idp.us-east-2.amazonaws.com', 'us-east-2', 'cognito-idp'),
      () => resolved('cognito-idp'),
    ),
    await check(
      'connection/cognito-idp refuses another host',
      { guard: true, field: 'connection_config.apiSubdomain', secretInMessage: false },
      () => {
        try {
          resolveConnection(platformConnection('idp.us-east-2.evil.example'), { service: 'cognito-idp' });
          return 'resolved';
        } catch (error) {
          return {
            guard: isInvalidConnectionError(error),
            field: (error as { field?: unknown }).field,
            secretInMessage: String(error).includes(PASSWORD),
          };
        }
      },
    ),
  ];
}
