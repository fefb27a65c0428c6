import type { AwsCredentialsProvider } from '../credentials/AwsCredentialsProvider.js';
import { memoizeProvider } from '../credentials/memoizeProvider.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { type NodeCredentialIo, nodeIo } from './nodeIo.js';
import { parseCredentialsJson } from './parseCredentialsJson.js';
import { type RequestOptions, requestText } from './requestText.js';

/**
 * Options of {@link fromInstanceMetadata}.
 *
 * @example
 * ```ts
 * fromInstanceMetadata({ timeoutMs: 2000, allowImdsV1: true });
 * ```
 */
export interface InstanceMetadataOptions extends NodeCredentialIo {
  /** Per request, body included. Default: 1000, as the AWS SDKs. */
  timeoutMs?: number;
  /** Attempts per request. Default: 1 (the AWS SDK for JavaScript retries none). */
  maxAttempts?: number;
  /**
   * Fall back to IMDSv1 (no session token) when the token request is refused (403, 404, 405) or times
   * out. Off by default: IMDSv1 answers any request that reaches it, forged ones included.
   * `AWS_EC2_METADATA_V1_DISABLED=true` overrides it, as in the AWS SDKs.
   */
  allowImdsV1?: boolean;
}

const ENDPOINTS = { IPv4: 'http://169.254.169.254', IPv6: 'http://[fd00:ec2::254]' };
const TOKEN_PATH = '/latest/api/token';
const ROLE_PATH = '/latest/meta-data/iam/security-credentials/';
const TOKEN_TTL_SECONDS = '21600';
// IAM role names: up to 64 of these characters (instance profiles list one role).
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/**
 * Credentials of the EC2 instance's role from the instance metadata service, IMDSv2: a session token
 * (`PUT /latest/api/token`), then the role name and its credentials. The endpoint is
 * `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else chosen by `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE` (`IPv4`:
 * 169.254.169.254, the default; `IPv6`: [fd00:ec2::254]); `AWS_EC2_METADATA_DISABLED=true` turns it
 * off. Concurrent callers share one fetch; credentials are fetched again 5 minutes before they expire.
 * Node only.
 *
 * @throws CredentialsError naming the step that failed, never the token or a key.
 * @example
 * ```ts
 * import { fromInstanceMetadata } from '@iamkit/provider-config/node';
 * const credentials = fromInstanceMetadata();
 * ```
 */
export function fromInstanceMetadata(options: InstanceMetadataOptions = {}): AwsCredentialsProvider {
  const io = nodeIo(options);
  return memoizeProvider(
    async () => {
      const base = metadataEndpoint(io.env);
      const source = `instance metadata (${base})`;
      if (instanceMetadataDisabled(io.env)) {
        throw new CredentialsError(source, `${source}: disabled by AWS_EC2_METADATA_DISABLED`);
      }
      const request: RequestOptions = {
        fetch: io.fetch,
        timeoutMs: options.timeoutMs ?? 1000,
        maxAttempts: options.maxAttempts ?? 1,
        source,
      };
      const allowV1 = options.allowImdsV1 === true && !isTrue(io.env.AWS_EC2_METADATA_V1_DISABLED);
      const token = await sessionToken(base, request, allowV1);
      const headers: Record<string, string> = token ? { 'x-aws-ec2-metadata-token': token } : {};
      const roles = await get(`${base}${ROLE_PATH}`, headers, request, 'the role name');
      const role = roles.split('\n')[0]?.trim() ?? '';
      if (!ROLE_NAME.test(role)) {
        throw new CredentialsError(
          source,
          `${source}: the role name is missing or malformed (no instance profile?)`,
        );
      }
      const text = await get(
        `${base}${ROLE_PATH}${role}`,
        headers,
        request,
        `the credentials of role ${role}`,
      );
      const code = codeOf(text);
      if (code !== undefined && code !== 'Success') {
        throw new CredentialsError(source, `${source}: the credentials of role ${role} are not available`);
      }
      return parseCredentialsJson(text, `${source} role ${role}`, 'Token');
    },
    { clock: io.clock },
  );
}

/** Whether `AWS_EC2_METADATA_DISABLED` turns the instance metadata service off (`true`, any case). */
export function instanceMetadataDisabled(env: Readonly<Record<string, string | undefined>>): boolean {
  return isTrue(env.AWS_EC2_METADATA_DISABLED);
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}

function metadataEndpoint(env: Readonly<Record<string, string | undefined>>): string {
  const explicit = env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
  if (explicit) {
    const source = 'instance metadata (AWS_EC2_METADATA_SERVICE_ENDPOINT)';
    let url: URL;
    try {
      url = new URL(explicit);
    } catch {
      throw new CredentialsError(source, `${source}: is not a URL`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
      throw new CredentialsError(source, `${source}: must be an http(s) URL without credentials`);
    }
    return url.origin;
  }
  const mode = env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE ?? 'IPv4';
  const endpoint = Object.entries(ENDPOINTS).find(([name]) => name.toLowerCase() === mode.toLowerCase());
  if (!endpoint) {
    const source = 'instance metadata (AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE)';
    throw new CredentialsError(source, `${source}: must be IPv4 or IPv6`);
  }
  return endpoint[1];
}

async function sessionToken(base: string, request: RequestOptions, allowImdsV1: boolean) {
  const { source } = request;
  let answer: { status: number; text: string };
  try {
    answer = await requestText(
      `${base}${TOKEN_PATH}`,
      { method: 'PUT', headers: { 'x-aws-ec2-metadata-token-ttl-seconds': TOKEN_TTL_SECONDS } },
      request,
    );
  } catch (error) {
    // Where the PUT's answer cannot cross the hop limit (a container on the instance) it times out.
    if (allowImdsV1) return undefined;
    throw error;
  }
  if (answer.status === 200 && /^[\x21-\x7e]{1,1024}$/.test(answer.text)) return answer.text;
  if (allowImdsV1 && [403, 404, 405].includes(answer.status)) return undefined;
  const why = answer.status === 200 ? 'a malformed token' : `HTTP ${answer.status}`;
  throw new CredentialsError(source, `${source}: the session token request (IMDSv2) got ${why}`);
}

async function get(url: string, headers: Record<string, string>, request: RequestOptions, what: string) {
  const { status, text } = await requestText(url, { method: 'GET', headers }, request);
  if (status !== 200) {
    throw new CredentialsError(request.source, `${request.source}: ${what} request got HTTP ${status}`);
  }
  return text;
}

function codeOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { Code?: unknown } | null)?.Code;
  } catch {
    return undefined;
  }
}
