import type { AwsCredentialsProvider } from '../credentials/AwsCredentialsProvider.js';
import { memoizeProvider } from '../credentials/memoizeProvider.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { type NodeCredentialIo, nodeIo } from './nodeIo.js';
import { parseCredentialsJson } from './parseCredentialsJson.js';
import { requestText } from './requestText.js';

/**
 * Options of {@link fromContainer}.
 *
 * @example
 * ```ts
 * fromContainer({ timeoutMs: 2000, maxAttempts: 2 });
 * ```
 */
export interface ContainerOptions extends NodeCredentialIo {
  /** Per attempt, body included. Default: 1000. */
  timeoutMs?: number;
  /** Attempts in all (network errors, timeouts and 5xx are tried again). Default: 3, as botocore. */
  maxAttempts?: number;
}

// The ECS agent's address, where `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` points.
const ECS_CONTAINER_HOST = '169.254.170.2';
// Hosts a plain-http full URI may name, as the AWS SDKs allow: the ECS agent, EKS Pod Identity (IPv4,
// IPv6) and loopback (127.0.0.0/8 and ::1 are checked apart). Anything else must use https.
const HTTP_HOSTS = new Set([ECS_CONTAINER_HOST, '169.254.170.23', '[fd00:ec2::23]', 'localhost', '[::1]']);
const LOOPBACK_V4 = /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/**
 * Credentials from the container credentials endpoint of ECS tasks and EKS Pod Identity:
 * `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (a path on http://169.254.170.2) or else
 * `AWS_CONTAINER_CREDENTIALS_FULL_URI` (https, or http to loopback or the container hosts only), with
 * `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (re-read at each refresh) or `AWS_CONTAINER_AUTHORIZATION_TOKEN`
 * sent as `Authorization` to a full URI. Concurrent callers share one request; credentials are fetched
 * again 5 minutes before they expire. Node only.
 *
 * @throws CredentialsError naming the variable at fault, never the token or a key.
 * @example
 * ```ts
 * import { fromContainer } from '@iamkit/provider-config/node';
 * const credentials = fromContainer(); // hand it to a client as `credentials`
 * ```
 */
export function fromContainer(options: ContainerOptions = {}): AwsCredentialsProvider {
  const io = nodeIo(options);
  return memoizeProvider(
    async () => {
      const { url, source, sendToken } = containerEndpoint(io.env);
      const headers: Record<string, string> = {};
      if (sendToken) {
        const token = await authorizationToken(io, source);
        if (token !== undefined) headers.Authorization = token;
      }
      const { status, text } = await requestText(
        url,
        { method: 'GET', headers },
        {
          fetch: io.fetch,
          timeoutMs: options.timeoutMs ?? 1000,
          maxAttempts: options.maxAttempts ?? 3,
          source,
        },
      );
      if (status !== 200) throw new CredentialsError(source, `${source}: answered HTTP ${status}`);
      return parseCredentialsJson(text, source, 'Token');
    },
    { clock: io.clock },
  );
}

/** Whether the container endpoint variables are set, so the default chain knows to ask it. */
export function containerConfigured(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI);
}

function containerEndpoint(env: Readonly<Record<string, string | undefined>>) {
  const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  if (relative) {
    const source = 'container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)';
    const url = parseUrl(`http://${ECS_CONTAINER_HOST}${relative}`, source);
    // A "path" such as `@evil.example/` would otherwise move the request to another host.
    if (!relative.startsWith('/') || url.host !== ECS_CONTAINER_HOST) {
      throw new CredentialsError(source, `${source}: must be a path starting with /`);
    }
    return { url: url.href, source, sendToken: false };
  }
  const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
  const source = 'container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI)';
  if (!full) {
    throw new CredentialsError(
      source,
      'container credentials: neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set',
    );
  }
  const url = parseUrl(full, source);
  if (url.username || url.password)
    throw new CredentialsError(source, `${source}: must not hold credentials`);
  const allowed =
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && (HTTP_HOSTS.has(url.hostname) || LOOPBACK_V4.test(url.hostname)));
  if (!allowed) {
    throw new CredentialsError(
      source,
      `${source}: host ${url.host} is refused; use https, or http to loopback (127.0.0.0/8, [::1], localhost) ` +
        'or the container hosts 169.254.170.2, 169.254.170.23, [fd00:ec2::23]',
    );
  }
  return { url: url.href, source, sendToken: true };
}

function parseUrl(text: string, source: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new CredentialsError(source, `${source}: is not a URL`);
  }
}

async function authorizationToken(
  io: Required<NodeCredentialIo>,
  source: string,
): Promise<string | undefined> {
  const file = io.env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE;
  const [token, from] = file
    ? [await io.readFile(file), `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE ${file}`]
    : [io.env.AWS_CONTAINER_AUTHORIZATION_TOKEN, 'AWS_CONTAINER_AUTHORIZATION_TOKEN'];
  if (file && token === undefined) throw new CredentialsError(source, `${source}: ${from} does not exist`);
  // A CR or LF would split the header (botocore refuses them too), and fetch quotes any other
  // character it refuses in its error: both are refused here, before sending, without the token.
  if (token !== undefined && !/^[\t\x20-\x7e]*$/.test(token)) {
    const what = /[\r\n]/.test(token) ? 'CR or LF' : 'characters a header cannot carry';
    throw new CredentialsError(source, `${source}: the token of ${from} contains ${what}`);
  }
  return token || undefined;
}
