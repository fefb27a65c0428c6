import type { AwsCredentialsProvider } from '../credentials/AwsCredentialsProvider.js';
import { memoizeProvider } from '../credentials/memoizeProvider.js';
import type { RoleAssumer } from '../credentials/RoleAssumer.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { assumeRoleWithTokenFile } from './assumeRoleWithTokenFile.js';
import { type NodeCredentialIo, nodeIo } from './nodeIo.js';

/**
 * Options of {@link fromWebIdentity}; each defaults to its environment variable.
 *
 * @example
 * ```ts
 * fromWebIdentity({ roleAssumer, roleSessionName: 'billing-worker' });
 * ```
 */
export interface WebIdentityOptions extends NodeCredentialIo {
  /** Makes the `AssumeRoleWithWebIdentity` call; `@iamkit/sts` provides one. */
  roleAssumer?: RoleAssumer;
  /** Default: `AWS_ROLE_ARN`. */
  roleArn?: string;
  /** Default: `AWS_ROLE_SESSION_NAME`, else `iamkit-<epoch ms>`. */
  roleSessionName?: string;
  /** Default: `AWS_WEB_IDENTITY_TOKEN_FILE`. Read again at each refresh (Kubernetes rotates it). */
  webIdentityTokenFile?: string;
  durationSeconds?: number;
  /** A session policy (JSON). */
  policy?: string;
  /** For a regional STS endpoint. Default: `AWS_REGION`, else `AWS_DEFAULT_REGION`. */
  region?: string;
}

/**
 * Credentials of a role assumed with an OIDC token from a file: EKS IAM roles for service accounts
 * (`AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`, `AWS_ROLE_SESSION_NAME`). The token file is read again
 * at each refresh; the call goes through the injected `roleAssumer`. Concurrent callers share one call;
 * credentials are fetched again 5 minutes before they expire. Node only.
 *
 * @throws CredentialsError naming the variable or file at fault, never the token.
 * @example
 * ```ts
 * import { fromWebIdentity } from '@iamkit/provider-config/node';
 * const credentials = fromWebIdentity({ roleAssumer }); // roleAssumer from @iamkit/sts
 * ```
 */
export function fromWebIdentity(options: WebIdentityOptions = {}): AwsCredentialsProvider {
  const io = nodeIo(options);
  return memoizeProvider(
    () => {
      const roleArn = options.roleArn ?? io.env.AWS_ROLE_ARN;
      const tokenFile = options.webIdentityTokenFile ?? io.env.AWS_WEB_IDENTITY_TOKEN_FILE;
      if (!roleArn || !tokenFile) {
        const source = 'web identity (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN)';
        throw new CredentialsError(
          source,
          `${source}: ${roleArn ? 'the token file' : 'the role ARN'} is not set`,
        );
      }
      return assumeRoleWithTokenFile(
        {
          roleArn,
          tokenFile,
          roleSessionName: options.roleSessionName ?? io.env.AWS_ROLE_SESSION_NAME,
          durationSeconds: options.durationSeconds,
          policy: options.policy,
          region: options.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION,
        },
        io,
        options.roleAssumer,
        `web identity (role ${roleArn}, token file ${tokenFile})`,
      );
    },
    { clock: io.clock },
  );
}

/** Whether the environment configures web identity, so the default chain knows to use it. */
export function webIdentityConfigured(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN);
}
