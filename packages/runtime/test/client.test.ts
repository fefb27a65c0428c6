import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/retry/backoff.js';
import { errorBody, fakeFetch, ok, recordingSigner, xml } from './support/fakeFetch.js';
import * as iam from './support/iam.js';
import { rejection } from './support/rejection.js';
import { createIamClient, type IamClientConfig } from './support/services.js';

const setup = (responder: Parameters<typeof fakeFetch>[0], config: Partial<IamClientConfig> = {}) => {
  const fake = fakeFetch(responder);
  const signing = recordingSigner();
  const sleeps: number[] = [];
  const client = createIamClient({
    endpoint: 'http://127.0.0.1:1',
    signer: signing.signer,
    fetch: fake.fetch,
    retry: {
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...(typeof config.retry === 'object' ? config.retry : {}),
    },
    ...Object.fromEntries(Object.entries(config).filter(([k]) => k !== 'retry')),
  });
  return { client, requests: fake.requests, dates: signing.dates, sleeps };
};

describe('service errors', () => {
  it('turns an IAM error body into a typed AwsServiceError with the raw response', async () => {
    const { client, requests } = setup(() =>
      xml(errorBody('NoSuchEntity', 'The user with name x cannot be found.'), 404, {
        'x-amzn-requestid': 'hdr',
      }),
    );
    const error = await rejection(iam.getUser(client, { UserName: 'x' }));
    expect(iam.isAwsServiceError(error)).toBe(true);
    expect(iam.isAwsError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'AwsServiceError',
      code: 'NoSuchEntity',
      statusCode: 404,
      requestId: 'rid-1',
      type: 'Sender',
      retryable: false,
      service: 'IAM',
      operation: 'GetUser',
      attempts: 1,
      awsMessage: 'The user with name x cannot be found.',
      message: 'IAM GetUser: NoSuchEntity: The user with name x cannot be found.',
    });
    expect((error.response as iam.RawResponse).body).toContain('<Code>NoSuchEntity</Code>');
    expect(requests).toHaveLength(1);
  });

  it('falls back to the x-amzn-requestid header and the HTTP status for non-XML bodies', async () => {
    const { client } = setup(
      () => new Response('<html>bad gateway', { status: 502, headers: { 'x-amzn-requestid': 'h1' } }),
      {
        retry: { maxAttempts: 1 },
      },
    );
    const error = await rejection(iam.listUsers(client));
    expect(error).toMatchObject({
      code: 'ServiceUnavailable',
      statusCode: 502,
      requestId: 'h1',
      retryable: true,
    });
  });

  it('does not retry IAM quota errors (LimitExceeded) or validation errors', async () => {
    for (const code of ['LimitExceeded', 'ValidationError', 'EntityAlreadyExists']) {
      const { client, requests } = setup(() => xml(errorBody(code), 409));
      const error = await rejection(iam.createUser(client, { UserName: 'u' }));
      expect(error.code).toBe(code);
      expect(error.retryable).toBe(false);
      expect(requests).toHaveLength(1);
    }
  });
});

describe('retries', () => {
  it.each([
    'Throttling',
    'ThrottlingException',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'RequestThrottled',
    'SlowDown',
  ])('retries %s sent as HTTP 400, re-signing every attempt with a fresh date', async (code) => {
    let now = Date.UTC(2025, 0, 1);
    const { client, requests, dates, sleeps } = setup(
      (_req, i) => (i < 2 ? xml(errorBody(code), 400) : ok('ListUsers', '<Users/>')),
      {
        clock: () => {
          now += 1000;
          return new Date(now);
        },
      },
    );
    await expect(iam.listUsers(client)).resolves.toEqual({ Users: [] });
    expect(requests).toHaveLength(3);
    expect(new Set(dates.map((d) => d.getTime())).size).toBe(3);
    // Throttling uses the 500 ms base: full jitter at random 0.5 gives 250, then 500.
    expect(sleeps).toEqual([250, 500]);
  });

  it('retries 500, 503 and 429 with the transient base, and gives up after maxAttempts', async () => {
    const { client, requests, sleeps } = setup(
      (_req, i) => xml(errorBody('ServiceFailure'), [500, 503, 429, 500][i]!),
      {
        retry: { maxAttempts: 4 },
      },
    );
    const error = await rejection(iam.listUsers(client));
    expect(error.code).toBe('ServiceFailure');
    expect(error.statusCode).toBe(500);
    expect(requests).toHaveLength(4);
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it('retries network errors (POST included) and reports AwsNetworkError when they persist', async () => {
    const { client, requests } = setup(() => {
      throw new TypeError('fetch failed');
    });
    const error = await rejection(iam.createUser(client, { UserName: 'u' }));
    expect(iam.isAwsNetworkError(error)).toBe(true);
    expect(requests).toHaveLength(3);
  });

  it('a number as `retry` sets maxAttempts; 1 disables retries', async () => {
    const fake = fakeFetch(() => xml(errorBody('Throttling'), 400));
    const client = createIamClient({
      endpoint: 'http://127.0.0.1:1',
      signer: recordingSigner().signer,
      fetch: fake.fetch,
      retry: 1,
    });
    await rejection(iam.listUsers(client));
    expect(fake.requests).toHaveLength(1);
  });

  it('backoff is full jitter, exponential and capped', () => {
    expect(backoffDelay(0, 'ServiceFailure', { random: () => 0.999 })).toBe(99);
    expect(backoffDelay(3, 'ServiceFailure', { random: () => 0.5 })).toBe(400);
    expect(backoffDelay(3, 'Throttling', { random: () => 0.5 })).toBe(2000);
    expect(backoffDelay(30, 'Throttling', { random: () => 0.5 })).toBe(10_000);
    expect(backoffDelay(5, undefined, { random: () => 0 })).toBe(0);
  });
});

describe('clock skew', () => {
  it('learns the offset from Date and re-signs once without using up an attempt', async () => {
    const serverNow = Date.UTC(2025, 5, 1, 12, 0, 0);
    const clientNow = serverNow - 60 * 60 * 1000;
    const { client, requests, dates } = setup(
      (_req, i) =>
        i === 0
          ? xml(errorBody('SignatureDoesNotMatch'), 403, { date: new Date(serverNow).toUTCString() })
          : ok('ListUsers', '<Users/>'),
      { clock: () => new Date(clientNow), retry: { maxAttempts: 1 } },
    );
    await iam.listUsers(client);
    expect(requests).toHaveLength(2);
    expect(dates[1]!.getTime()).toBe(serverNow);
    expect(client.clockOffsetMs).toBe(60 * 60 * 1000);
    await iam.listUsers(client);
    expect(dates[2]!.getTime()).toBe(serverNow);
  });

  it('does not re-sign a SignatureDoesNotMatch that is not explained by skew', async () => {
    const { client, requests } = setup(() =>
      xml(errorBody('SignatureDoesNotMatch'), 403, { date: new Date().toUTCString() }),
    );
    const error = await rejection(iam.listUsers(client));
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(requests).toHaveLength(1);
  });

  it('re-signs only once even if the server keeps complaining', async () => {
    const { client, requests } = setup(() =>
      xml(errorBody('RequestTimeTooSkewed'), 403, { date: new Date(Date.now() + 3_600_000).toUTCString() }),
    );
    const error = await rejection(iam.listUsers(client));
    expect(error.code).toBe('RequestTimeTooSkewed');
    expect(requests).toHaveLength(2);
  });
});

describe('abort, timeouts and limits', () => {
  it('an already aborted signal sends nothing', async () => {
    const { client, requests } = setup(() => ok('ListUsers', '<Users/>'));
    const error = await rejection(
      iam.listUsers(client, {}, { signal: AbortSignal.abort(new Error('stop')) }),
    );
    expect(iam.isAwsAbortError(error)).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('refuses a response larger than maxResponseBytes', async () => {
    const { client } = setup(() => ok('ListUsers', `<Marker>${'x'.repeat(2000)}</Marker>`), {
      maxResponseBytes: 1000,
    });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsParseError(error)).toBe(true);
    expect(error.message).toMatch(/maxResponseBytes/);
  });

  it('refuses a DOCTYPE in a response', async () => {
    const { client } = setup(() =>
      xml(
        '<!DOCTYPE x [<!ENTITY a "aaaa">]><ListUsersResponse><ListUsersResult><Marker>&a;</Marker></ListUsersResult></ListUsersResponse>',
      ),
    );
    expect(iam.isAwsParseError(await rejection(iam.listUsers(client)))).toBe(true);
  });
});

describe('configuration', () => {
  it('resolves the global IAM endpoint and signing region for any region of the partition', () => {
    const signer = recordingSigner().signer;
    expect(createIamClient({ signer, region: 'eu-west-3' })).toMatchObject({
      endpoint: 'https://iam.amazonaws.com',
      signingRegion: 'us-east-1',
    });
    expect(createIamClient({ signer, region: 'cn-northwest-1' }).endpoint).toBe(
      'https://iam.cn-north-1.amazonaws.com.cn',
    );
  });

  it('refuses a signed operation without credentials or a signer, before any request', async () => {
    const fake = fakeFetch(() => ok('ListUsers', '<Users/>'));
    const client = createIamClient({ region: 'us-east-1', fetch: fake.fetch });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsConfigError(error)).toBe(true);
    expect(error.message).toMatch(/no credentials/);
    expect(fake.requests).toHaveLength(0);
  });

  it('never shows the secret key or session token', () => {
    const client = createIamClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'SECRET-abc', sessionToken: 'TOKEN-xyz' },
    });
    const shown = inspect(client, { depth: 10, showHidden: true }) + JSON.stringify(client);
    expect(shown).not.toMatch(/SECRET-abc|TOKEN-xyz/);
  });
});

describe('response size cap while streaming', () => {
  it('stops reading a body without Content-Length once it passes maxResponseBytes', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('<a>'.padEnd(1024, ' ')));
        if (pulled > 10_000) controller.close();
      },
    });
    const fake = fakeFetch(() => new Response(stream, { status: 200 }));
    const client = createIamClient({
      endpoint: 'http://127.0.0.1:1',
      signer: recordingSigner().signer,
      fetch: fake.fetch,
      maxResponseBytes: 8 * 1024,
    });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsParseError(error)).toBe(true);
    expect(pulled).toBeLessThan(20);
  });
});

describe('isAwsServiceError with an operation', () => {
  it('matches only errors of that operation', async () => {
    const { client } = setup(() => xml(errorBody('NoSuchEntity'), 404));
    const error = await rejection(iam.getUser(client, { UserName: 'x' }));
    expect(iam.isAwsServiceError(error, iam.getUser)).toBe(true);
    expect(iam.isAwsServiceError(error, iam.getRole)).toBe(false);
    if (iam.isAwsServiceError(error, iam.getUser)) {
      // Type-level: narrowed to GetUser's modelled codes plus the common ones, so a typo fails typecheck.
      const code: iam.IamOperations['GetUser']['errors'] | iam.CommonErrorCode = error.code;
      expect(code).toBe('NoSuchEntity');
      // @ts-expect-error 'NoSuchEntty' is not a code GetUser can answer with.
      expect(error.code === 'NoSuchEntty').toBe(false);
    }
    expect(iam.isAwsServiceError(new Error('x'))).toBe(false);
  });
});

describe('configuration validation', () => {
  const signer = recordingSigner().signer;
  it.each([
    [{ retry: 0 }, /maxAttempts/],
    [{ retry: { maxAttempts: 1.5 } }, /maxAttempts/],
    [{ timeout: -1 }, /timeout/],
    [{ totalTimeout: 0 }, /totalTimeout/],
    [{ maxResponseBytes: Number.NaN }, /maxResponseBytes/],
  ])('rejects %o with AwsConfigError', (config, message) => {
    expect(() => createIamClient({ signer, region: 'us-east-1', ...config })).toThrow(message);
    try {
      createIamClient({ signer, region: 'us-east-1', ...config });
    } catch (error) {
      expect(iam.isAwsConfigError(error)).toBe(true);
    }
  });

  it('accepts timeout: false', () => {
    expect(() => createIamClient({ signer, region: 'us-east-1', timeout: false })).not.toThrow();
  });
});

describe('credentials', () => {
  it('signs with credentials from an async provider (real SigV4 signer)', async () => {
    let calls = 0;
    const fake = fakeFetch(() => ok('ListUsers', '<Users/>'));
    const client = createIamClient({
      endpoint: 'http://127.0.0.1:1',
      fetch: fake.fetch,
      credentials: async () => {
        calls++;
        return { accessKeyId: 'AKIDPROVIDED', secretAccessKey: 'secret', sessionToken: 'session-token' };
      },
    });
    await iam.listUsers(client);
    expect(calls).toBeGreaterThanOrEqual(1);
    const headers = fake.requests[0]!.headers;
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDPROVIDED\/\d{8}\/us-east-1\/iam\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-security-token']).toBe('session-token');
    expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
  });
});

describe('ky options passed through', () => {
  it("adds the caller's headers and runs the caller's beforeRequest hook before signing (ky 1 hook signature)", async () => {
    const seen: string[] = [];
    const { client, requests } = setup(() => ok('GetUser', '<User><UserName>a</UserName></User>'), {
      headers: { 'x-trace': 't-1' },
      hooks: {
        beforeRequest: [
          (request) => {
            seen.push(request.headers.get('authorization') ?? 'unsigned');
            request.headers.set('x-hook', 'ran');
          },
        ],
      },
    });
    await iam.getUser(client, { UserName: 'a' });
    expect(seen).toEqual(['unsigned']);
    expect(requests[0]!.headers).toMatchObject({ 'x-trace': 't-1', 'x-hook': 'ran' });
    expect(requests[0]!.headers.authorization).toMatch(/^TEST /);
  });
});
