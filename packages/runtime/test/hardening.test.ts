import { inspect } from 'node:util';
import { resolveConnection } from '@iamkit/provider-config';
import { describe, expect, it } from 'vitest';
import { errorBody, fakeFetch, ok, xml } from './support/fakeFetch.js';
import * as iam from './support/iam.js';
import { rejection } from './support/rejection.js';
import { createIamClient, type IamClientConfig } from './support/services.js';

const ENDPOINT = 'http://127.0.0.1:1';
const KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'SECRET-do-not-show' };
const LIST_OK = () => ok('ListUsers', '<Users/><IsTruncated>false</IsTruncated>');
const shown = (error: unknown) =>
  inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }) +
  JSON.stringify(error) +
  String(error);

const setup = (config: Partial<IamClientConfig>, responder = LIST_OK) => {
  const fake = fakeFetch(responder);
  const client = createIamClient({
    endpoint: ENDPOINT,
    credentials: KEYS,
    fetch: fake.fetch,
    retry: { sleep: async () => {} },
    ...config,
  });
  return { client, requests: fake.requests };
};

describe('a credentials provider that never answers (defect 3)', () => {
  const never = () => new Promise<never>(() => {});

  it('is stopped by the attempt timeout, and nothing is sent', async () => {
    const { client, requests } = setup({ credentials: never, timeout: 100, retry: 1 });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ scope: 'attempt', timeoutMs: 100 });
    expect(requests).toHaveLength(0);
  });

  it('is stopped by totalTimeout and by an abort signal', async () => {
    const { client } = setup({ credentials: never, timeout: false, totalTimeout: 100 });
    const total = await rejection(iam.listUsers(client));
    expect(total).toMatchObject({ name: 'AwsTimeoutError', scope: 'total' });

    const controller = new AbortController();
    const { client: abortable } = setup({ credentials: never, timeout: false });
    const call = iam.listUsers(abortable, {}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    const aborted = await rejection(call);
    expect(iam.isAwsAbortError(aborted)).toBe(true);
  });

  it('bounds a refresh that hangs once the first credentials near their expiry', async () => {
    let calls = 0;
    const provider = () =>
      ++calls === 1
        ? Promise.resolve({ ...KEYS, expiration: new Date(Date.now() + 60_000) })
        : new Promise<never>(() => {});
    const { client } = setup({ credentials: provider, timeout: 200, retry: 1 });
    await iam.listUsers(client);
    const second = await rejection(iam.listUsers(client));
    expect(second).toMatchObject({ name: 'AwsTimeoutError', scope: 'attempt' });
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});

describe('a session token holding CR or LF (defect 5)', () => {
  it('is refused before sending with AwsCredentialsError, never quoted and never retried', async () => {
    const sessionToken = 'TOKEN-do-not-show\r\nx-evil: 1';
    let provided = 0;
    const { client, requests } = setup({
      credentials: async () => {
        provided++;
        return { ...KEYS, sessionToken };
      },
    });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsCredentialsError(error)).toBe(true);
    expect(error.message).toMatch(/session token/);
    expect(shown(error)).not.toMatch(/TOKEN-do-not-show|SECRET-do-not-show/);
    expect(requests).toHaveLength(0);
    expect(provided).toBe(1);
  });
});

describe('timeouts a timer cannot hold (defect 6)', () => {
  it.each([[{ timeout: 2 ** 31 }], [{ totalTimeout: 2 ** 31 }], [{ timeout: Number.POSITIVE_INFINITY }]])(
    'refuses %o when the client is created',
    (config) => {
      expect(() => setup(config)).toThrow(expect.objectContaining({ name: 'AwsConfigError' }));
    },
  );

  it('accepts the largest one and refuses a larger per-call totalTimeout before sending', async () => {
    const { client, requests } = setup({ timeout: 2 ** 31 - 1, totalTimeout: 2 ** 31 - 1 });
    await iam.listUsers(client);
    const error = await rejection(iam.listUsers(client, {}, { totalTimeout: 2 ** 40 }));
    expect(iam.isAwsConfigError(error)).toBe(true);
    expect(requests).toHaveLength(1);
  });
});

describe('errors from outside the runtime come out typed (defect 7)', () => {
  it('wraps provider-config errors as AwsConfigError, the original as cause', () => {
    const error = (() => {
      try {
        createIamClient({ region: 'mars-north-1', credentials: KEYS });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(iam.isAwsConfigError(error)).toBe(true);
    expect((error as Error).cause).toMatchObject({ name: expect.stringMatching(/Region|Connection/) });
  });

  it('wraps a failing credentials provider as AwsCredentialsError without quoting its message', async () => {
    const { client, requests } = setup({
      credentials: async () => {
        throw new Error('could not read SECRET-do-not-show');
      },
    });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsCredentialsError(error)).toBe(true);
    expect(error.message).not.toMatch(/SECRET-do-not-show/);
    expect((error.cause as Error).message).toMatch(/could not read/);
    expect(requests).toHaveLength(0);
  });

  it('wraps unusable static credentials (the signer refuses them) as AwsCredentialsError', () => {
    expect(() =>
      createIamClient({ endpoint: ENDPOINT, credentials: { accessKeyId: '', secretAccessKey: '' } }),
    ).toThrow(expect.objectContaining({ name: 'AwsCredentialsError' }));
  });

  it('refuses input of the wrong shape (a non-array Tags) with AwsConfigError, before sending', async () => {
    const { client, requests } = setup({});
    const error = await rejection(iam.createUser(client, { UserName: 'u', Tags: 'team=a' as never }));
    expect(iam.isAwsConfigError(error)).toBe(true);
    expect(error.message).toMatch(/Tags must be an array/);
    const structure = await rejection(iam.createUser(client, { UserName: 'u', Tags: ['x' as never] }));
    expect(iam.isAwsConfigError(structure)).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('reports bad base64 in a response as AwsParseError', async () => {
    const { client } = setup({}, () => ok('GetCredentialReport', '<Content>not*base64</Content>'));
    expect(iam.isAwsParseError(await rejection(iam.getCredentialReport(client)))).toBe(true);
  });

  it('refuses a clock that returns an invalid date with AwsConfigError, before sending', async () => {
    const { client, requests } = setup({ clock: () => new Date(Number.NaN) });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsConfigError(error)).toBe(true);
    expect(error.message).toMatch(/clock/);
    expect(requests).toHaveLength(0);
  });
});

describe('an endpoint with userinfo (defect 8)', () => {
  it('is refused without quoting the password', () => {
    let error: unknown;
    try {
      createIamClient({ endpoint: 'https://admin:hunter2@iam.example.com', credentials: KEYS });
    } catch (e) {
      error = e;
    }
    expect(iam.isAwsConfigError(error)).toBe(true);
    expect(shown(error)).not.toMatch(/hunter2/);
  });
});

describe('many calls in backoff at once (defect 9)', () => {
  it.each([
    ['no signal', undefined],
    ['one client signal', new AbortController().signal],
  ])('print no MaxListenersExceededWarning (%s)', async (_name, signal) => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const failedOnce = new Set<string>();
      const fake = fakeFetch((request) => {
        const marker = request.params.Marker!;
        if (failedOnce.has(marker)) return LIST_OK();
        failedOnce.add(marker);
        return xml(errorBody('Throttling'), 400);
      });
      const client = createIamClient({
        endpoint: ENDPOINT,
        credentials: KEYS,
        fetch: fake.fetch,
        ...(signal ? { signal } : {}),
        retry: { throttlingBaseDelayMs: 50, random: () => 0.99 },
      });
      const calls = Array.from({ length: 25 }, (_, i) => iam.listUsers(client, { Marker: `m${i}` }));
      await Promise.all(calls);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fake.requests).toHaveLength(50);
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('the connection, in any of its forms', () => {
  it('takes a platform connection as the config: region and username/password', async () => {
    const fake = fakeFetch(LIST_OK);
    const client = createIamClient({
      credentials: { username: 'AKIDPLATFORM', password: 'SECRET-do-not-show' },
      connection_config: { region: 'eu-west-1' },
      fetch: fake.fetch,
    });
    expect(client.endpoint).toBe('https://iam.amazonaws.com');
    expect(client.signingRegion).toBe('us-east-1');
    await iam.listUsers(client);
    expect(fake.requests[0]!.headers.authorization).toMatch(
      /Credential=AKIDPLATFORM\/\d{8}\/us-east-1\/iam\//,
    );
  });

  it('refuses a platform connection naming a role it cannot assume, rather than use the key alone', () => {
    const fake = fakeFetch(LIST_OK);
    const config = {
      credentials: { username: 'AKIDPLATFORM', password: 'SECRET-do-not-show' },
      connection_config: { region: 'eu-west-1', roleArn: 'arn:aws:iam::210987654321:role/partner' },
      fetch: fake.fetch,
    };
    expect(() => createIamClient(config)).toThrow(/connection_config\.roleArn.*@iamkit\/sts/);
    expect(() => createIamClient(config)).toThrow(expect.objectContaining({ name: 'AwsConfigError' }));
    expect(fake.requests).toEqual([]);
  });

  it('takes a connection resolved by resolveConnection as is (no second resolution)', async () => {
    const connection = resolveConnection(
      { credentials: { username: 'AKIDRESOLVED', password: 'SECRET-do-not-show' }, connection_config: {} },
      { service: 'iam', endpoint: 'http://127.0.0.1:9' },
    );
    const fake = fakeFetch(LIST_OK);
    const client = createIamClient({ ...connection, fetch: fake.fetch });
    expect(client.endpoint).toBe('http://127.0.0.1:9');
    await iam.listUsers(client);
    expect(fake.requests[0]!.url).toBe('http://127.0.0.1:9/');
    expect(fake.requests[0]!.headers.authorization).toMatch(/Credential=AKIDRESOLVED\//);
  });

  it('uses the default credentials a service package hands in when the config has none', async () => {
    const fake = fakeFetch(LIST_OK);
    const client = createIamClient(
      { endpoint: ENDPOINT, fetch: fake.fetch },
      { credentials: async () => ({ accessKeyId: 'AKIDDEFAULT', secretAccessKey: 'x' }) },
    );
    await iam.listUsers(client);
    expect(fake.requests[0]!.headers.authorization).toMatch(/Credential=AKIDDEFAULT\//);
  });
});
