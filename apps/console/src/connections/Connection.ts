import type { AwsCredentials, AwsCredentialsProvider } from '@iamkit/provider-config';

/**
 * An AWS account the console talks to. The secret lives only in `credentials`, on the server: pages
 * and logs use {@link ConnectionView}.
 */
export interface Connection {
  readonly id: string;
  readonly name: string;
  /** Where it came from: the emulator's demo account, the environment, or the connections form. */
  readonly source: 'emulator' | 'environment' | 'form';
  readonly region: string;
  readonly apiSubdomain: string | undefined;
  /** The emulator's URL when requests go there instead of AWS. */
  readonly endpoint: string | undefined;
  /** Static keys (redacted in JSON and `util.inspect`) or the default chain's provider. */
  readonly credentials: AwsCredentials | AwsCredentialsProvider;
}

/** What a page may show of a connection: never the secret. */
export interface ConnectionView {
  readonly id: string;
  readonly name: string;
  readonly source: Connection['source'];
  readonly region: string;
  readonly apiSubdomain: string | undefined;
  /** The access key id, or how the credentials are found. */
  readonly identity: string;
  readonly endpoint: string | undefined;
}

/** The shareable part of a connection. */
export function viewOf(connection: Connection): ConnectionView {
  const { credentials } = connection;
  return {
    id: connection.id,
    name: connection.name,
    source: connection.source,
    region: connection.region,
    apiSubdomain: connection.apiSubdomain,
    identity: typeof credentials === 'function' ? 'default credential chain' : credentials.accessKeyId,
    endpoint: connection.endpoint,
  };
}
