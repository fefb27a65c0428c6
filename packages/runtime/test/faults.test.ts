import { inspect } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeHttpFetch } from '../src/transport/node/nodeHttpFetch.js';
import { errorBody, recordingSigner } from './support/fakeFetch.js';
import { send, startFaultServer, useFaultServers } from './support/faultServer.js';
import * as iam from './support/iam.js';
import { rejection } from './support/rejection.js';
import { createIamClient, type IamClientConfig } from './support/services.js';

const LIST_OK =
  '<ListUsersResponse><ListUsersResult><Users><member><UserName>u</UserName></member></Users><IsTruncated>false</IsTruncated></ListUsersResult></ListUsersResponse>';

const { serve } = useFaultServers();

/** The transport under test: Node's fetch (undici) or the node:http one the `node` entry defaults to. */
let transport: typeof globalThis.fetch | undefined;
const make = (config: IamClientConfig) =>
  createIamClient(transport ? { fetch: transport, ...config } : config);

/** A client with a clock that advances one second per reading, so every signature has its own date. */
const clientFor = (url: string, config: Partial<IamClientConfig> = {}) => {
  let now = Date.now();
  const signing = recordingSigner();
  const sleeps: number[] = [];
  const client = make({
    endpoint: url,
    signer: signing.signer,
    clock: () => {
      now += 1000;
      return new Date(now);
    },
    retry: { random: () => 1 - Number.EPSILON, sleep: async (ms) => void sleeps.push(ms) },
    ...config,
  });
  return { client, sleeps, dates: signing.dates };
};

describe.each([
  ['fetch', () => undefined],
  ['node:http', () => nodeHttpFetch()],
])('fault injection over real HTTP (%s transport)', (_name, makeTransport) => {
  beforeEach(() => {
    transport = makeTransport();
  });

  it('retries throttling sent as HTTP 400 with backoff, re-signing each attempt', async () => {
    const server = await serve((_req, i, res) =>
      i < 2 ? send(res, 400, errorBody('Throttling', 'Rate exceeded')) : send(res, 200, LIST_OK),
    );
    const { client, sleeps } = clientFor(server.url);
    const out = await iam.listUsers(client);
    expect(out.Users.map((u) => u.UserName)).toEqual(['u']);
    expect(server.seen).toHaveLength(3);
    const authorizations = server.seen.map((s) => s.headers.authorization);
    expect(new Set(authorizations).size).toBe(3);
    expect(sleeps).toEqual([499, 999]);
  });

  it('retries 500 and 503, then succeeds', async () => {
    const server = await serve((_req, i, res) =>
      i === 0
        ? send(res, 500, errorBody('ServiceFailure', 'x', 'Receiver'))
        : i === 1
          ? send(res, 503, 'Service Unavailable', { 'content-type': 'text/plain' })
          : send(res, 200, LIST_OK),
    );
    const { client, sleeps } = clientFor(server.url);
    await iam.listUsers(client);
    expect(server.seen).toHaveLength(3);
    expect(sleeps).toEqual([99, 199]);
  });

  it('retries a dropped connection and reports AwsNetworkError when every attempt drops', async () => {
    const flaky = await serve((_req, i, res) => (i === 0 ? res.socket?.destroy() : send(res, 200, LIST_OK)));
    await iam.listUsers(clientFor(flaky.url).client);
    expect(flaky.seen).toHaveLength(2);

    const dead = await serve((_req, _i, res) => res.socket?.destroy());
    const error = await rejection(iam.createUser(clientFor(dead.url, {}).client, { UserName: 'u' }));
    expect(iam.isAwsNetworkError(error)).toBe(true);
    expect(dead.seen).toHaveLength(3);
  });

  it('times out a slow attempt and retries it', async () => {
    const server = await serve((_req, i, res) => {
      if (i === 0) setTimeout(() => send(res, 200, LIST_OK), 5000);
      else send(res, 200, LIST_OK);
    });
    const { client } = clientFor(server.url, { timeout: 150 });
    await iam.listUsers(client);
    expect(server.seen).toHaveLength(2);

    const always = await serve((_req, _i, res) => setTimeout(() => send(res, 200, LIST_OK), 5000));
    const error = await rejection(iam.listUsers(clientFor(always.url, { timeout: 150, retry: 1 }).client));
    expect(iam.isAwsTimeoutError(error)).toBe(true);
    expect(error.scope).toBe('attempt');
    expect(always.seen).toHaveLength(1);
  });

  it('a total timeout stops everything, retries and backoff included', async () => {
    const server = await serve((_req, _i, res) => send(res, 400, errorBody('Throttling')));
    const client = make({
      endpoint: server.url,
      signer: recordingSigner().signer,
      totalTimeout: 300,
      retry: { maxAttempts: 50, throttlingBaseDelayMs: 60_000, random: () => 0.5 },
    });
    const error = await rejection(iam.listUsers(client));
    expect(iam.isAwsTimeoutError(error)).toBe(true);
    expect(error.scope).toBe('total');
    const count = server.seen.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(server.seen.length).toBe(count);
  });

  it('an AbortSignal stops an in-flight request and a pending backoff', async () => {
    const slow = await serve((_req, _i, res) => setTimeout(() => send(res, 200, LIST_OK), 5000));
    const controller = new AbortController();
    const pending = iam.listUsers(
      make({ endpoint: slow.url, signer: recordingSigner().signer }),
      {},
      {
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort(new Error('user cancelled')), 100);
    const error = await rejection(pending);
    expect(iam.isAwsAbortError(error)).toBe(true);
    expect((error.cause as Error).message).toBe('user cancelled');

    const throttling = await serve((_req, _i, res) => send(res, 400, errorBody('Throttling')));
    const backoff = new AbortController();
    const client = make({
      endpoint: throttling.url,
      signer: recordingSigner().signer,
      signal: backoff.signal,
      retry: { maxAttempts: 5, throttlingBaseDelayMs: 60_000, random: () => 0.5 },
    });
    const call = iam.listUsers(client);
    setTimeout(() => backoff.abort(), 150);
    expect(iam.isAwsAbortError(await rejection(call))).toBe(true);
    expect(throttling.seen).toHaveLength(1);
  });

  it('retries a connection reset after the response headers as a network error (defect 1)', async () => {
    const server = await serve((_req, i, res) => {
      if (i === 0) {
        // Headers and half a body, then the connection drops.
        res.writeHead(200, { 'content-type': 'text/xml', 'content-length': '1000' });
        res.write('<ListUsersResponse><ListUsersResult>');
        setTimeout(() => res.socket?.destroy(), 20);
      } else send(res, 200, LIST_OK);
    });
    const { client, sleeps } = clientFor(server.url);
    const out = await iam.listUsers(client);
    expect(out.Users.map((u) => u.UserName)).toEqual(['u']);
    expect(server.seen).toHaveLength(2);
    expect(sleeps).toHaveLength(1);

    const always = await serve((_req, _i, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': '1000' });
      res.write('<ListUsersResponse>');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejection(iam.listUsers(clientFor(always.url).client));
    expect(iam.isAwsNetworkError(error)).toBe(true);
    expect(error.message).toMatch(/network error talking to 127\.0\.0\.1:\d+/);
    expect(always.seen).toHaveLength(3);
  });

  it('never follows a redirect: the other host gets nothing, and the 3xx is an error (defect 2)', async () => {
    const elsewhere = await startFaultServer((_req, _i, res) => send(res, 200, LIST_OK));
    try {
      const server = await serve((_req, _i, res) => {
        res.writeHead(307, { location: `${elsewhere.url}/steal` });
        res.end();
      });
      const client = make({
        endpoint: server.url,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'TOKEN' },
        retry: { sleep: async () => {} },
      });
      const error = await rejection(iam.listUsers(client));
      expect(iam.isAwsServiceError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'UnexpectedRedirect', statusCode: 307, retryable: false });
      expect(server.seen).toHaveLength(1);
      expect(elsewhere.seen).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('times out an attempt whose body trickles in, body included (defect 4)', async () => {
    const server = await serve((_req, i, res) => {
      if (i === 0) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        // One byte every 50 ms: headers arrive at once, the body never ends within the timeout.
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
      } else send(res, 200, LIST_OK);
    });
    const { client } = clientFor(server.url, { timeout: 400 });
    await iam.listUsers(client);
    expect(server.seen).toHaveLength(2);

    const always = await serve((_req, _i, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    const error = await rejection(iam.listUsers(clientFor(always.url, { timeout: 400, retry: 1 }).client));
    expect(iam.isAwsTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ scope: 'attempt', timeoutMs: 400 });
  });

  it('recovers from clock skew: learns the offset from Date and re-signs once', async () => {
    const serverSkewMs = 2 * 60 * 60 * 1000;
    const server = await serve((req, _i, res) => {
      const serverNow = Date.now() + serverSkewMs;
      const amzDate = String(req.headers['x-amz-date']);
      const skew = Math.abs(Date.parse(amzDate) - serverNow);
      if (skew > 5 * 60 * 1000) {
        send(
          res,
          403,
          errorBody(
            'RequestTimeTooSkewed',
            'The difference between the request time and the current time is too large.',
          ),
          {
            date: new Date(serverNow).toUTCString(),
          },
        );
      } else send(res, 200, LIST_OK);
    });
    const client = make({ endpoint: server.url, signer: recordingSigner().signer, retry: 1 });
    await iam.listUsers(client);
    expect(server.seen).toHaveLength(2);
    expect(Math.abs(client.clockOffsetMs - serverSkewMs)).toBeLessThan(60_000);
    await iam.listUsers(client);
    expect(server.seen).toHaveLength(3);
  });
});

describe.each([
  ['fetch', () => undefined],
  ['node:http', () => nodeHttpFetch()],
])('secrets stay out of errors (%s transport)', (_name, makeTransport) => {
  beforeEach(() => {
    transport = makeTransport();
  });

  const credentials = {
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'SECRET-do-not-show',
    sessionToken: 'TOKEN-do-not-show',
  };
  const shown = (error: unknown) =>
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }) +
    JSON.stringify(error) +
    String(error);

  it('network errors, timeouts and service errors never show the secret key or session token', async () => {
    const server = await serve((req, i, res) => {
      if (i === 0) res.socket?.destroy();
      else if (i === 1 || i === 2) setTimeout(() => send(res, 200, LIST_OK), 3000);
      else
        send(
          res,
          403,
          errorBody('AccessDenied', `denied for ${String(req.headers['x-amz-security-token']).slice(0, 3)}`),
        );
    });
    const client = (config: Partial<IamClientConfig>) =>
      make({ endpoint: server.url, credentials, retry: 1, ...config });
    const network = await rejection(iam.listUsers(client({})));
    expect(iam.isAwsNetworkError(network)).toBe(true);
    const timeout = await rejection(iam.listUsers(client({ timeout: 100 })));
    expect(iam.isAwsTimeoutError(timeout)).toBe(true);
    const total = await rejection(iam.listUsers(client({ totalTimeout: 100 })));
    expect(iam.isAwsTimeoutError(total)).toBe(true);
    const service = await rejection(iam.listUsers(client({})));
    expect(iam.isAwsServiceError(service)).toBe(true);
    for (const error of [network, timeout, total, service]) {
      expect(shown(error)).not.toMatch(/SECRET-do-not-show|TOKEN-do-not-show/);
    }
    // The token did reach the server, so the assertion above is not vacuous.
    expect(server.seen[0]!.headers['x-amz-security-token']).toBe('TOKEN-do-not-show');
  });
});
