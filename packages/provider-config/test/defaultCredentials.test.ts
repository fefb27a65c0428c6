import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCredentialsError } from '../src/index.js';
import {
  type DefaultCredentialsOptions,
  defaultCredentials,
  defaultCredentialsProvider,
} from '../src/node/index.js';
import { fakeRoleAssumer } from './support/fakeRoleAssumer.js';
import { reply, startFakeServer } from './support/fakeServer.js';
import { loopbackOnlyFetch } from './support/loopbackOnly.js';
import { endpointCredentials, OTHER_SECRET, SECRET } from './support/secrets.js';
import { rejection } from './support/thrown.js';

const HOME = '/home/tester';
const CREDENTIALS = `${HOME}/.aws/credentials`;
const TOKEN_FILE = '/var/run/secrets/token';
const START = new Date('2026-12-06T12:00:00Z');
const expiresIn = (hours: number) => new Date(START.getTime() + hours * 3_600_000);

let container: Awaited<ReturnType<typeof startFakeServer>>;
let imds: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  container = await startFakeServer((_request, response) =>
    reply(response, 200, endpointCredentials(expiresIn(1), 'ASIACONTAINER')),
  );
  imds = await startFakeServer((request, response) => {
    if (request.method === 'PUT') return reply(response, 200, 'imds-token');
    if (request.path.endsWith('/security-credentials/')) return reply(response, 200, 'ec2-role');
    reply(response, 200, endpointCredentials(expiresIn(6), 'ASIAEC2'));
  });
});
afterAll(async () => {
  for (const request of [...container.requests, ...imds.requests])
    expect(request.remoteAddress).toBe('127.0.0.1');
  await container.close();
  await imds.close();
});

let assumer: ReturnType<typeof fakeRoleAssumer>;
beforeEach(() => {
  assumer = fakeRoleAssumer(() => START);
  container.requests.length = 0;
  imds.requests.length = 0;
});

/** Every source configured at once; `without` drops some, to walk down the chain. */
function everything(without: string[] = [], files: Record<string, string> = {}): DefaultCredentialsOptions {
  const env: Record<string, string> = {
    HOME,
    AWS_ACCESS_KEY_ID: 'AKIDENV',
    AWS_SECRET_ACCESS_KEY: SECRET,
    AWS_WEB_IDENTITY_TOKEN_FILE: TOKEN_FILE,
    AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/pod',
    AWS_CONTAINER_CREDENTIALS_FULL_URI: `${container.url}/creds`,
    AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.url,
  };
  for (const name of without) delete env[name];
  const contents: Record<string, string> = {
    [CREDENTIALS]: `[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = ${OTHER_SECRET}\n`,
    [TOKEN_FILE]: 'jwt',
    ...files,
  };
  return {
    env,
    readFile: async (file) => contents[file],
    fetch: loopbackOnlyFetch(),
    clock: () => START,
    roleAssumer: assumer.roleAssumer,
    container: { timeoutMs: 5000 },
    instanceMetadata: { timeoutMs: 5000 },
  };
}

const ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
const WEB_IDENTITY = ['AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN'];
const NO_PROFILE = { [CREDENTIALS]: '' };

describe('defaultCredentials follows the AWS SDK for JavaScript v3 order', () => {
  it('environment, shared files, web identity, container, instance metadata', async () => {
    const walk = [
      [everything(), 'AKIDENV'],
      [everything(ENV), 'AKIDFILE'],
      [everything(ENV, NO_PROFILE), 'ASIAROLE1'],
      [everything([...ENV, ...WEB_IDENTITY], NO_PROFILE), 'ASIACONTAINER'],
      [everything([...ENV, ...WEB_IDENTITY, 'AWS_CONTAINER_CREDENTIALS_FULL_URI'], NO_PROFILE), 'ASIAEC2'],
    ] as const;
    for (const [options, accessKeyId] of walk)
      expect((await defaultCredentials(options)).accessKeyId).toBe(accessKeyId);
    expect(container.requests).toHaveLength(1);
    expect(imds.requests).toHaveLength(3);
  });

  it('passes over a profile that sets no credentials (only a region, say)', async () => {
    const options = everything([...ENV, ...WEB_IDENTITY], {
      [CREDENTIALS]: '[default]\nregion = eu-west-1\n',
    });
    expect((await defaultCredentials(options)).accessKeyId).toBe('ASIACONTAINER');
  });

  it('stops at a profile that is configured but cannot be used (SSO), rather than using another identity', async () => {
    const options = everything(ENV, { [CREDENTIALS]: '[default]\nsso_session = corp\n' });
    const error = await rejection(defaultCredentials(options));
    expect(error.message).toContain('uses sso_session (IAM Identity Center)');
    expect(container.requests).toHaveLength(0);
  });

  it('lists every source tried, with the instance metadata failure, when none answers', async () => {
    const options = everything([...ENV, ...WEB_IDENTITY, 'AWS_CONTAINER_CREDENTIALS_FULL_URI'], NO_PROFILE);
    const closed = await startFakeServer(() => {});
    await closed.close(); // nothing listens on its port any more
    const error = await rejection(
      defaultCredentials({
        ...options,
        env: { ...options.env, AWS_EC2_METADATA_SERVICE_ENDPOINT: closed.url },
      }),
    );
    expect(isCredentialsError(error)).toBe(true);
    for (const source of [
      'environment',
      `profile 'default' in ${CREDENTIALS}`,
      'web identity',
      'container credentials',
    ]) {
      expect(error.message).toContain(source);
    }
    expect(error.message).toContain(`instance metadata (${closed.url}): request failed (ECONNREFUSED)`);
  });
});

describe('defaultCredentialsProvider', () => {
  it('resolves the chain once for 100 concurrent callers and keeps the result until the refresh window', async () => {
    const credentials = defaultCredentialsProvider(everything([...ENV, ...WEB_IDENTITY], NO_PROFILE));
    const all = await Promise.all(Array.from({ length: 100 }, () => credentials()));
    await credentials();
    expect(container.requests).toHaveLength(1);
    expect(new Set(all.map((c) => c.accessKeyId))).toEqual(new Set(['ASIACONTAINER']));
  });
});
