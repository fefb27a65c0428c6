import type { AwsCredentials, AwsCredentialsInput } from './createCredentials.js';

/**
 * What an `AssumeRole` call needs: the role, the session, and the credentials to sign the call with.
 *
 * @example
 * ```ts
 * const params: AssumeRoleParams = { roleArn, roleSessionName: 'ci', externalId, sourceCredentials };
 * ```
 */
export interface AssumeRoleParams {
  roleArn: string;
  roleSessionName: string;
  /** The profile's `external_id`: the third-party check a role's trust policy may ask for. */
  externalId?: string | undefined;
  /** 900 to 43200; STS's default (3600) when absent. */
  durationSeconds?: number | undefined;
  /** The profile's `mfa_serial`, sent as `SerialNumber` with `tokenCode`. */
  serialNumber?: string | undefined;
  /** The code the `mfa` callback returned for `serialNumber`. */
  tokenCode?: string | undefined;
  /** A session policy (JSON) that narrows the role's permissions. */
  policy?: string | undefined;
  /** The region the profile or environment names (`region`, `AWS_REGION`), for a regional STS endpoint. */
  region?: string | undefined;
  /** Credentials that sign the `AssumeRole` call: the source profile's, or the `credential_source`'s. */
  sourceCredentials: AwsCredentials;
}

/**
 * What an `AssumeRoleWithWebIdentity` call needs. The call is unsigned: the token is the proof.
 *
 * @example
 * ```ts
 * const params: AssumeRoleWithWebIdentityParams = { roleArn, roleSessionName: 'pod', webIdentityToken };
 * ```
 */
export interface AssumeRoleWithWebIdentityParams {
  roleArn: string;
  roleSessionName: string;
  /** The OIDC token read from the token file. A secret: never log it. */
  webIdentityToken: string;
  durationSeconds?: number | undefined;
  policy?: string | undefined;
  region?: string | undefined;
}

/**
 * The two STS calls the credential providers need, injected so that this package does not depend on an
 * STS client: `@iamkit/sts` implements it. Each returns the temporary credentials with their
 * `expiration`; the providers validate them and redact their secrets. An error thrown here reaches the
 * caller as a `CredentialsError` naming the role, with the original as `cause`.
 *
 * @example
 * ```ts
 * import { fromProfile } from '@iamkit/provider-config/node';
 * const provider = fromProfile({ profile: 'cross-account', roleAssumer: stsRoleAssumer });
 * ```
 */
export interface RoleAssumer {
  assumeRole(params: AssumeRoleParams): Promise<AwsCredentialsInput>;
  assumeRoleWithWebIdentity(params: AssumeRoleWithWebIdentityParams): Promise<AwsCredentialsInput>;
}
