import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCredentialsError } from '../src/index.js';
import { fromInstanceMetadata, type InstanceMetadataOptions } from '../src/node/index.js';
import { type Handler, reply, type SeenRequest, startFakeServer } from './support/fakeServer.js';
import { loopbackOnlyFetch } from './support/loopbackOnly.js';
import { endpointCredentials, expectNoSecrets, SECRET, TOKEN } from './support/secrets.js';
import { rejection } from './support/thrown.js';

const START = new Date('2026-12-06T12:00:00Z');
const HOUR = 3_600_000;
const SESSION = 'AQAEAFakeImdsSessionToken==';
const ROLE = 'app-role';

let server: Awaited<ReturnType<typeof startFakeServer>>;
let now: Date;
let issued: number;
const fetch = loopbackOnlyFetch();

/** A fake IMDS: v2 (session token required) unless `v1Only`, where the token PUT gets `tokenStatus`. */
function imds({ v1Only = false, tokenStatus = 403, role = ROLE } = {}): Handler {
  return (request, response) => {
    const { method, path, headers } = request;
    if (method === 'PUT' && path === '/latest/api/token') {
      if (v1Only) return reply(response, tokenStatus, '');
      if (headers['x-aws-ec2-metadata-token-ttl-seconds'] !== '21600') return reply(response, 400, '');
      return reply(response, 200, SESSION);
    }
    if (!v1Only && headers['x-aws-ec2-metadata-token'] !== SESSION) return reply(response, 401, '');
    if (method !== 'GET') return reply(response, 405, '');
    if (path === '/latest/meta-data/iam/security-credentials/') return reply(response, 200, `${role}\n`);
    if (path === `/latest/meta-data/iam/security-credentials/${ROLE}`) {
      issued += 1;
      return reply(
        response,
        200,
        endpointCredentials(new Date(now.getTime() + 6 * HOUR), `ASIAIMDS${issued}`),
      );
    }
    reply(response, 404, '');
  };
}

async function serve(handler: Handler) {
  server = await startFakeServer(handler);
  return server;
}

function provider(options: Partial<InstanceMetadataOptions> = {}) {
  return fromInstanceMetadata({
    env: { AWS_EC2_METADATA_SERVICE_ENDPOINT: server.url },
    fetch,
    clock: () => now,
    timeoutMs: 5000, // generous: a loaded machine must not turn a loopback answer into a timeout
    ...options,
  });
}

const steps = (requests: SeenRequest[]) => requests.map(({ method, path }) => `${method} ${path}`);

beforeEach(() => {
  now = START;
  issued = 0;
  fetch.seen.length = 0;
});
afterEach(async () => {
  for (const request of server?.requests ?? []) expect(request.remoteAddress).toBe('127.0.0.1');
  await server?.close();
});

describe('fromInstanceMetadata (IMDSv2)', () => {
  it('PUTs for a session token, then GETs the role name and its credentials with it', async () => {
    const { requests } = await serve(imds());
    const credentials = await provider()();
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAIMDS1',
      secretAccessKey: SECRET,
      sessionToken: TOKEN,
    });
    expect(credentials.expiration).toEqual(new Date(START.getTime() + 6 * HOUR));
    expect(steps(requests)).toEqual([
      'PUT /latest/api/token',
      'GET /latest/meta-data/iam/security-credentials/',
      `GET /latest/meta-data/iam/security-credentials/${ROLE}`,
    ]);
    expectNoSecrets(credentials, [SECRET, TOKEN, SESSION]);
  });

  it('shares one fetch among 100 concurrent callers and refreshes once before expiry', async () => {
    const { requests } = await serve(imds());
    const credentials = provider();
    await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(issued).toBe(1);
    now = new Date(START.getTime() + 6 * HOUR - 4 * 60_000);
    const refreshed = await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(issued).toBe(2);
    expect(requests).toHaveLength(6);
    expect(new Set(refreshed.map((c) => c.accessKeyId))).toEqual(new Set(['ASIAIMDS2']));
  });

  it('does not fall back to IMDSv1 by default', async () => {
    const { requests } = await serve(imds({ v1Only: true }));
    const error = await rejection(provider()());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain('the session token request (IMDSv2) got HTTP 403');
    expect(steps(requests)).toEqual(['PUT /latest/api/token']);
  });

  it('falls back to IMDSv1 when allowed and the token request is refused (403, 404, 405)', async () => {
    for (const tokenStatus of [403, 404, 405]) {
      const { requests } = await serve(imds({ v1Only: true, tokenStatus }));
      expect((await provider({ allowImdsV1: true })()).accessKeyId).toMatch(/^ASIAIMDS/);
      expect(
        requests.slice(1).every((request) => request.headers['x-aws-ec2-metadata-token'] === undefined),
      ).toBe(true);
      await server.close();
    }
  });

  it('AWS_EC2_METADATA_V1_DISABLED=true overrides allowImdsV1', async () => {
    const { requests } = await serve(imds({ v1Only: true }));
    const env = { AWS_EC2_METADATA_SERVICE_ENDPOINT: server.url, AWS_EC2_METADATA_V1_DISABLED: 'true' };
    const error = await rejection(provider({ allowImdsV1: true, env })());
    expect(error.message).toContain('the session token request (IMDSv2) got HTTP 403');
    expect(requests).toHaveLength(1);
  });

  it('a 400 to the token request is an error even with the fallback allowed', async () => {
    await serve((_request, response) => reply(response, 400, ''));
    const error = await rejection(provider({ allowImdsV1: true })());
    expect(error.message).toContain('got HTTP 400');
  });

  it('times out a metadata service that never answers (1 attempt by default)', async () => {
    const { requests } = await serve(() => {});
    const error = await rejection(provider({ timeoutMs: 50 })());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toBe(`instance metadata (${server.url}): no answer within 50 ms`);
    expect(requests).toHaveLength(1);
  });

  it('is off with AWS_EC2_METADATA_DISABLED=true, sending nothing', async () => {
    const { requests } = await serve(imds());
    const error = await rejection(
      provider({
        env: { AWS_EC2_METADATA_SERVICE_ENDPOINT: server.url, AWS_EC2_METADATA_DISABLED: 'TRUE' },
      })(),
    );
    expect(error.message).toContain('disabled by AWS_EC2_METADATA_DISABLED');
    expect(requests).toHaveLength(0);
  });

  it('picks 169.254.169.254, or [fd00:ec2::254] in IPv6 mode, without an explicit endpoint', async () => {
    for (const [mode, host] of [
      [undefined, 'http://169.254.169.254/latest/api/token'],
      ['IPv6', 'http://[fd00:ec2::254]/latest/api/token'],
    ] as const) {
      fetch.seen.length = 0;
      const env = mode ? { AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: mode } : {};
      const error = await rejection(fromInstanceMetadata({ env, fetch, clock: () => now })());
      expect(fetch.seen).toEqual([host]); // refused by the loopback guard: nothing sent
      expect(error.message).toContain('request failed');
    }
    const error = await rejection(
      fromInstanceMetadata({ env: { AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: 'IPv5' }, fetch })(),
    );
    expect(error.message).toContain('must be IPv4 or IPv6');
  });

  it.each([
    ['a malformed role name', imds({ role: '../../etc' }), 'the role name is missing or malformed'],
    ['no role', imds({ role: '' }), 'the role name is missing or malformed'],
    [
      'a failed credentials Code',
      (request: SeenRequest, response: Parameters<Handler>[1]) =>
        request.path.endsWith(ROLE)
          ? reply(response, 200, { Code: 'AssumeRoleUnauthorizedAccess', Message: 'no' })
          : imds()(request, response),
      `the credentials of role ${ROLE} are not available`,
    ],
    [
      'garbage credentials',
      (request: SeenRequest, response: Parameters<Handler>[1]) =>
        request.path.endsWith(ROLE)
          ? reply(response, 200, `{"AccessKeyId": "A", ${SECRET}`)
          : imds()(request, response),
      'returned something that is not JSON',
    ],
    [
      'a malformed session token',
      (request: SeenRequest, response: Parameters<Handler>[1]) =>
        request.method === 'PUT' ? reply(response, 200, 'two words') : imds()(request, response),
      'got a malformed token',
    ],
  ] as [string, Handler, string][])('refuses %s with a typed error', async (_, handler, expected) => {
    await serve(handler);
    const error = await rejection(provider()());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain(expected);
    expectNoSecrets(error, [SECRET, TOKEN, SESSION]);
  });
});
