import { type EndpointRules, resolveServiceEndpoint } from '@iamkit/provider-config';
import type { Credentials, CredentialsProvider } from '@iamkit/signer';
import { AwsConfigError } from '../errors/AwsConfigError.js';
import type { ClientConfig } from './ClientConfig.js';
import { wrapError } from './wrapError.js';

/** Where a client sends its requests, how it signs them, and with which credentials (if any). */
export interface Target {
  readonly url: string;
  readonly signingRegion: string;
  readonly signingName: string;
  readonly credentials: Credentials | CredentialsProvider | undefined;
}

type PlatformCredentials = { username?: string; password?: string; sessionToken?: string };

/** The platform's `username` / `password` as AWS credentials; other shapes pass as given. */
const platformCredentials = (given: ClientConfig['credentials']): Credentials | CredentialsProvider => {
  if (given && typeof given === 'object' && ('username' in given || 'password' in given)) {
    const { username, password, sessionToken } = given as PlatformCredentials;
    return { accessKeyId: username!, secretAccessKey: password!, sessionToken };
  }
  return given as Credentials | CredentialsProvider;
};

/**
 * Resolves a client's endpoint once, from whichever form the config takes: a connection resolved by
 * `resolveConnection` (used as is), a platform connection (`connection_config.region` / `apiSubdomain`) or
 * plain options. Errors of `@iamkit/provider-config` come out as `AwsConfigError`, the original as `cause`.
 */
export const resolveTarget = (rules: EndpointRules, config: ClientConfig): Target => {
  const credentials = platformCredentials(config.credentials);
  const { url, signingRegion, signingName, endpoint } = config;
  if (url && signingRegion && signingName) return { url, signingRegion, signingName, credentials };
  // A role the connection names must never be silently skipped: the key alone is another identity.
  if (config.connection_config?.roleArn) {
    throw new AwsConfigError(
      'connection_config.roleArn: assuming the role needs @iamkit/sts; pass the config through its `withConnectionRole`',
    );
  }
  const where = config.connection_config ?? config;
  const options = {
    region: where.region || undefined,
    apiSubdomain: where.apiSubdomain || undefined,
    endpoint,
    allowInsecureHttp: config.allowInsecureHttp,
    useFips: config.useFips,
    useDualStack: config.useDualStack,
  };
  try {
    // The resolver treats an `undefined` option as absent (the cast is for exactOptionalPropertyTypes).
    return { ...resolveServiceEndpoint(rules, options as never), credentials };
  } catch (error) {
    throw wrapError(error, 'endpoint resolution', AwsConfigError);
  }
};
