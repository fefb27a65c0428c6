import type { AwsCredentials } from './createCredentials.js';

/**
 * Resolves credentials, typically temporary ones fetched from somewhere (a container endpoint, the
 * instance metadata service, STS). Assignable to `@iamkit/signer`'s `CredentialsProvider`: hand it to
 * the signer or a client as is. The providers of this package share one pending fetch among concurrent
 * callers and fetch again only shortly before `expiration`.
 *
 * @example
 * ```ts
 * const provider: AwsCredentialsProvider = fromContainer();
 * const { accessKeyId, expiration } = await provider();
 * ```
 */
export type AwsCredentialsProvider = () => Promise<AwsCredentials>;
