import {
  type AwsCredentials,
  type AwsCredentialsInput,
  createCredentials,
} from './credentials/createCredentials.js';
import { describeValue } from './describeValue.js';
import { CredentialsError } from './errors/CredentialsError.js';
import { InvalidConnectionError } from './errors/InvalidConnectionError.js';
import { resolveEndpointWithFields } from './resolveEndpoint.js';
import type { ResolvedEndpoint, ResolveEndpointOptions } from './types.js';

/**
 * The AWS connection as an integration platform stores it: access key id as `username`, secret as `password`.
 *
 * @example
 * ```ts
 * const connection: PlatformConnection = {
 *   credentials: { username: 'AKIDEXAMPLE', password: secret },
 *   connection_config: { region: 'us-east-2', apiSubdomain: 'idp.us-east-2' },
 * };
 * ```
 */
export interface PlatformConnection {
  credentials: { username: string; password: string; sessionToken?: string } | AwsCredentialsInput;
  connection_config: { region?: string; apiSubdomain?: string; [other: string]: unknown };
}

/**
 * The same connection as plain options.
 *
 * @example
 * ```ts
 * resolveConnection({ service: 'iam', region: 'eu-west-1', credentials: { accessKeyId, secretAccessKey } });
 * ```
 */
export interface PlainConnection extends Partial<ResolveEndpointOptions> {
  credentials: AwsCredentialsInput;
}

/**
 * Per-call options: which service, and the override knobs a platform connection does not carry.
 *
 * @example
 * ```ts
 * resolveConnection(connection, { service: 'cognito-idp', endpoint: 'http://127.0.0.1:5000' });
 * ```
 */
export type ConnectionOptions = Partial<ResolveEndpointOptions>;

/**
 * {@link ResolvedEndpoint} plus validated, redaction-safe credentials.
 *
 * @example
 * ```ts
 * const { url, signingRegion, signingName, credentials } = resolveConnection(connection, { service: 'iam' });
 * ```
 */
export interface ResolvedConnection extends ResolvedEndpoint {
  credentials: AwsCredentials;
}

/**
 * Turns a platform connection (`{ credentials: { username, password }, connection_config: { region,
 * apiSubdomain? } }`) or plain options into where to send requests, how to sign them, and with which
 * credentials. Options in both arguments must agree.
 *
 * @example
 * ```ts
 * const connection = resolveConnection(
 *   { credentials: { username: 'AKIDEXAMPLE', password: secret }, connection_config: { region: 'eu-west-1' } },
 *   { service: 'iam' },
 * );
 * connection.url;           // 'https://iam.amazonaws.com'
 * connection.signingRegion; // 'us-east-1'
 * ```
 */
export function resolveConnection(
  connection: PlatformConnection | PlainConnection,
  options: ConnectionOptions = {},
): ResolvedConnection {
  if (connection === null || typeof connection !== 'object') {
    throw new InvalidConnectionError(
      'connection',
      `connection must be an object, got ${describeValue(connection)}`,
    );
  }
  const platform = 'connection_config' in connection;
  const fields = platform
    ? { region: 'connection_config.region', apiSubdomain: 'connection_config.apiSubdomain' }
    : { region: 'region', apiSubdomain: 'apiSubdomain' };
  const { credentials: _, ...plain } = connection as PlainConnection;
  const given = platform ? platformOptions(connection as PlatformConnection) : plain;
  const merged: Partial<ResolveEndpointOptions> = { ...given };
  for (const [key, value] of Object.entries(options) as [keyof ResolveEndpointOptions, never][]) {
    if (value === undefined) continue;
    const existing = merged[key];
    if (existing !== undefined && existing !== value) {
      throw new InvalidConnectionError(
        key,
        `${key} is given twice with different values: ${describeValue(existing)} and ${describeValue(value)}`,
      );
    }
    merged[key] = value;
  }
  if (merged.service === undefined) {
    throw new InvalidConnectionError('service', 'service is required (iam, cognito-idp or sts)');
  }
  const endpoint = resolveEndpointWithFields(merged as ResolveEndpointOptions, fields);
  return Object.freeze({ ...endpoint, credentials: credentialsOf(connection, platform) });
}

function platformOptions(connection: PlatformConnection): Partial<ResolveEndpointOptions> {
  const config = connection.connection_config;
  if (config === null || typeof config !== 'object') {
    throw new InvalidConnectionError('connection_config', 'connection_config must be an object');
  }
  const out: Partial<ResolveEndpointOptions> = {};
  if (config.region !== undefined && config.region !== '') out.region = config.region;
  if (config.apiSubdomain !== undefined && config.apiSubdomain !== '') out.apiSubdomain = config.apiSubdomain;
  return out;
}

function credentialsOf(connection: PlatformConnection | PlainConnection, platform: boolean): AwsCredentials {
  const given: unknown = connection.credentials;
  const source = 'connection credentials';
  if (given === null || typeof given !== 'object') {
    throw new CredentialsError(source, `${source}: credentials are missing`);
  }
  if (platform && ('username' in given || 'password' in given)) {
    const { username, password, sessionToken } = given as {
      username: string;
      password: string;
      sessionToken?: string;
    };
    return createCredentials({ accessKeyId: username, secretAccessKey: password, sessionToken }, source, {
      accessKeyId: 'credentials.username (access key id)',
      secretAccessKey: 'credentials.password (secret access key)',
      sessionToken: 'credentials.sessionToken',
    });
  }
  return createCredentials(given as AwsCredentialsInput, source, {
    accessKeyId: 'credentials.accessKeyId',
    secretAccessKey: 'credentials.secretAccessKey',
    sessionToken: 'credentials.sessionToken',
  });
}
