import { resolveConnection, resolveEndpoint } from '@iamkit/provider-config';
import { defaultCredentialsProvider } from '@iamkit/provider-config/node';
import type { Connection } from '../connections/Connection.js';
import type { Target } from './Target.js';

/** The variables that point the console at a real AWS account instead of the emulator. */
export const AWS_VARIABLES = {
  accessKeyId: 'AWS_ACCESS_KEY_ID',
  secretAccessKey: 'AWS_SECRET_ACCESS_KEY',
  sessionToken: 'AWS_SESSION_TOKEN',
  region: 'AWS_REGION',
  apiSubdomain: 'IAMKIT_CONSOLE_API_SUBDOMAIN',
  /** `aws`: use AWS with the default credential chain (profiles, SSO-less roles, containers, ...). */
  target: 'IAMKIT_CONSOLE_TARGET',
} as const;

type Env = Record<string, string | undefined>;

/**
 * The AWS target when the environment asks for one: access keys (`AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY`), or `IAMKIT_CONSOLE_TARGET=aws` for the default chain. The region is
 * `AWS_REGION` (or `AWS_DEFAULT_REGION`), Cognito's `apiSubdomain` `IAMKIT_CONSOLE_API_SUBDOMAIN`.
 * Validated by provider-config like the connections form. Undefined: use the emulator.
 */
export function awsTargetFromEnv(env: Env): Target | undefined {
  const keys = env[AWS_VARIABLES.accessKeyId] && env[AWS_VARIABLES.secretAccessKey];
  if (!keys && env[AWS_VARIABLES.target] !== 'aws') return undefined;
  const region = env[AWS_VARIABLES.region] || env.AWS_DEFAULT_REGION || '';
  const apiSubdomain = env[AWS_VARIABLES.apiSubdomain] || undefined;
  const config = { region, ...(apiSubdomain ? { apiSubdomain } : {}) };
  // Refused here, at start-up, with the variable's problem, rather than on the first page.
  for (const service of ['iam', 'cognito-idp'] as const) resolveEndpoint({ service, ...config });
  let credentials: Connection['credentials'];
  if (keys) {
    const token = env[AWS_VARIABLES.sessionToken];
    credentials = resolveConnection(
      {
        credentials: {
          username: env[AWS_VARIABLES.accessKeyId]!,
          password: env[AWS_VARIABLES.secretAccessKey]!,
          ...(token ? { sessionToken: token } : {}),
        },
        connection_config: config,
      },
      { service: 'iam' },
    ).credentials;
  } else {
    credentials = defaultCredentialsProvider();
  }
  const connection: Connection = {
    id: 'environment',
    name: `AWS (${region || apiSubdomain})`,
    source: 'environment',
    region,
    apiSubdomain,
    endpoint: undefined,
    credentials,
  };
  const how = keys ? 'access key from the environment' : 'the default credential chain';
  return {
    kind: 'aws',
    description: `AWS, region ${region || apiSubdomain}, ${how}`,
    connection,
    endpoint: undefined,
    local: undefined,
    close: async () => {},
  };
}
