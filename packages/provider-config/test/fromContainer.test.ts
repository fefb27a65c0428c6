import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCredentialsError } from '../src/index.js';
import { type ContainerOptions, fromContainer } from '../src/node/index.js';
import { type Handler, reply, startFakeServer } from './support/fakeServer.js';
import { loopbackOnlyFetch } from './support/loopbackOnly.js';
import { endpointCredentials, expectNoSecrets, SECRET, TOKEN } from './support/secrets.js';
import { rejection } from './support/thrown.js';

const START = new Date('2026-12-06T12:00:00Z');
const HOUR = 3_600_000;
const AUTH_TOKEN = 'container-auth-token-EXAMPLE';

let server: Awaited<ReturnType<typeof startFakeServer>>;
let now: Date;
let served: number;
const fetch = loopbackOnlyFetch();

// Each answer carries a new key id and expires an hour after the fake clock's time.
const credentialsEndpoint: Handler = (_request, response) => {
  served += 1;
  reply(response, 200, endpointCredentials(new Date(now.getTime() + HOUR), `ASIAFAKE${served}`));
};

async function serve(handler: Handler) {
  server = await startFakeServer(handler);
  return server;
}

function provider(env: Record<string, string>, options: Partial<ContainerOptions> = {}) {
  return fromContainer({ env, fetch, clock: () => now, timeoutMs: 5000, ...options });
}

beforeEach(() => {
  now = START;
  served = 0;
  fetch.seen.length = 0;
});
afterEach(async () => {
  // Whatever reached a server came over loopback; the fetch guard refused every other host unsent.
  for (const request of server?.requests ?? []) expect(request.remoteAddress).toBe('127.0.0.1');
  await server?.close();
});

describe('fromContainer with AWS_CONTAINER_CREDENTIALS_FULL_URI', () => {
  it('GETs the URI with the authorization token and returns credentials with a Date expiration', async () => {
    const { url, requests } = await serve(credentialsEndpoint);
    const credentials = await provider({
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${url}/v1/credentials`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: AUTH_TOKEN,
    })();
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAFAKE1',
      secretAccessKey: SECRET,
      sessionToken: TOKEN,
    });
    expect(credentials.expiration).toEqual(new Date(START.getTime() + HOUR));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/v1/credentials', remoteAddress: '127.0.0.1' });
    expect(requests[0]?.headers.authorization).toBe(AUTH_TOKEN);
    expectNoSecrets(credentials);
    expect(inspect(credentials)).toContain('ASIAFAKE1');
  });

  it('shares one request among 100 concurrent callers, then refreshes once, 5 minutes before expiry', async () => {
    const { url, requests } = await serve(credentialsEndpoint);
    const credentials = provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url });
    const first = await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(requests).toHaveLength(1);
    expect(new Set(first.map((c) => c.accessKeyId))).toEqual(new Set(['ASIAFAKE1']));

    now = new Date(START.getTime() + HOUR - 6 * 60_000); // 6 minutes left: still fresh
    await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(requests).toHaveLength(1);

    now = new Date(START.getTime() + HOUR - 4 * 60_000); // 4 minutes left: refresh, once
    const second = await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(requests).toHaveLength(2);
    expect(new Set(second.map((c) => c.accessKeyId))).toEqual(new Set(['ASIAFAKE2']));
  });

  it('re-reads AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE at each refresh; the file wins over the variable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'provider-config-token-'));
    try {
      const tokenFile = path.join(dir, 'token');
      writeFileSync(tokenFile, 'token-one');
      const { url, requests } = await serve(credentialsEndpoint);
      const credentials = fromContainer({
        env: {
          AWS_CONTAINER_CREDENTIALS_FULL_URI: url,
          AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile,
          AWS_CONTAINER_AUTHORIZATION_TOKEN: 'from-the-variable',
        },
        fetch,
        clock: () => now,
      });
      await credentials();
      writeFileSync(tokenFile, 'token-two');
      now = new Date(START.getTime() + HOUR);
      await credentials();
      expect(requests.map((request) => request.headers.authorization)).toEqual(['token-one', 'token-two']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a token holding CR or LF before sending anything, without quoting it', async () => {
    const { url, requests } = await serve(credentialsEndpoint);
    for (const token of [`${TOKEN}\r\nX-Evil: 1`, `${TOKEN}\n`, `${TOKEN}\u00e9`]) {
      const error = await rejection(
        provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url, AWS_CONTAINER_AUTHORIZATION_TOKEN: token })(),
      );
      expect(isCredentialsError(error)).toBe(true);
      expect(error.message).toMatch(/the token of AWS_CONTAINER_AUTHORIZATION_TOKEN contains/);
      expectNoSecrets(error);
    }
    expect(requests).toHaveLength(0);
  });

  it('names a missing token file', async () => {
    const { url } = await serve(credentialsEndpoint);
    const error = await rejection(
      provider({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: url,
        AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: '/nonexistent/provider-config/token',
      })(),
    );
    expect(error.message).toContain(
      'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE /nonexistent/provider-config/token does not exist',
    );
  });

  it('accepts https anywhere and http only to loopback or the container hosts', async () => {
    const allowed = [
      'https://credentials.example.com/x',
      'http://169.254.170.23/v1/credentials',
      'http://[fd00:ec2::23]/v1/credentials',
      'http://169.254.170.2/x',
      'http://127.9.8.7:1/x',
      'http://localhost:1/x',
      'http://[::1]:1/x',
    ];
    for (const uri of allowed) {
      fetch.seen.length = 0;
      const error = await rejection(
        provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: uri }, { maxAttempts: 1 })(),
      );
      // Accepted: the request was attempted (and stopped by the loopback guard or a closed port).
      expect(error.message).toContain('request failed');
      expect(fetch.seen).toEqual([new URL(uri).href]);
    }
    for (const uri of [
      'http://credentials.example.com/x',
      'http://169.254.169.254/x',
      'http://10.0.0.1/x',
      'ftp://127.0.0.1/x',
    ]) {
      fetch.seen.length = 0;
      const error = await rejection(provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: uri })());
      expect(isCredentialsError(error)).toBe(true);
      expect(error.message).toContain('is refused');
      expect(fetch.seen).toEqual([]);
    }
  });

  it('refuses a URI holding credentials without quoting them', async () => {
    const error = await rejection(
      provider({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `http://user:${SECRET.replace('/', '')}@127.0.0.1:1/`,
      })(),
    );
    expect(error.message).toContain('must not hold credentials');
    expectNoSecrets(error, [SECRET.replace('/', '')]);
  });
});

describe('fromContainer with AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', () => {
  it('asks http://169.254.170.2 + the path, before any full URI, and without the token', async () => {
    const error = await rejection(
      provider(
        {
          AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/abc',
          AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1:1/',
          AWS_CONTAINER_AUTHORIZATION_TOKEN: AUTH_TOKEN,
        },
        { maxAttempts: 1 },
      )(),
    );
    expect(fetch.seen).toEqual(['http://169.254.170.2/v2/credentials/abc']); // refused by the guard
    expect(error.message).toContain('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI');
  });

  it('refuses a "path" that would move the request to another host', async () => {
    for (const relative of ['@evil.example/creds', 'evil.example/creds', '.evil.example/']) {
      const error = await rejection(provider({ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: relative })());
      expect(error.message).toContain('must be a path starting with /');
    }
    expect(fetch.seen).toEqual([]);
  });
});

describe('fromContainer failures are typed', () => {
  it('times out an endpoint that never answers, after maxAttempts tries', async () => {
    const { url, requests } = await serve(() => {}); // never answers
    const error = await rejection(
      provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url }, { timeoutMs: 50, maxAttempts: 2 })(),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toBe(
      'container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI): no answer within 50 ms',
    );
    expect(requests).toHaveLength(2);
  });

  it('times out a body that trickles in', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"AccessKeyId":');
    });
    const error = await rejection(
      provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url }, { timeoutMs: 50, maxAttempts: 1 })(),
    );
    expect(error.message).toContain('no answer within 50 ms');
  });

  it('tries a 5xx again and succeeds; a 4xx is final', async () => {
    let calls = 0;
    const flaky = await serve((request, response) => {
      calls += 1;
      if (calls === 1) reply(response, 503, { code: 'Busy' });
      else credentialsEndpoint(request, response);
    });
    expect((await provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: flaky.url })()).accessKeyId).toBe(
      'ASIAFAKE1',
    );
    expect(flaky.requests).toHaveLength(2);
    await flaky.close();

    const denied = await serve((_request, response) => reply(response, 403, { code: 'AccessDenied' }));
    const error = await rejection(provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: denied.url })());
    expect(error.message).toBe(
      'container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI): answered HTTP 403',
    );
    expect(denied.requests).toHaveLength(1);
  });

  it.each([
    ['not JSON', '<html>hello</html>', 'returned something that is not JSON'],
    ['an array', '[1, 2]', 'returned JSON that is not an object'],
    ['no secret', { AccessKeyId: 'ASIAFAKE', Token: TOKEN }, 'SecretAccessKey is missing'],
    ['a numeric key id', { AccessKeyId: 5, SecretAccessKey: SECRET }, 'AccessKeyId is malformed'],
    [
      'a secret with spaces',
      { AccessKeyId: 'A', SecretAccessKey: `${SECRET} x` },
      'SecretAccessKey is malformed',
    ],
    [
      'a bad expiration',
      { ...endpointCredentials(START), Expiration: 'tomorrow' },
      'Expiration is not a Date',
    ],
    [
      'a numeric expiration',
      { ...endpointCredentials(START), Expiration: 1 },
      'Expiration is not an ISO 8601',
    ],
  ])('refuses an answer with %s, never quoting it', async (_, body, expected) => {
    const { url } = await serve((_request, response) => reply(response, 200, body));
    const error = await rejection(provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url })());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain('container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI)');
    expect(error.message).toContain(expected);
    expectNoSecrets(error);
  });

  it('never follows a redirect, so the token stays with the endpoint it was meant for', async () => {
    const elsewhere = await startFakeServer(credentialsEndpoint);
    try {
      await serve((_request, response) => {
        response.writeHead(307, { location: `${elsewhere.url}/steal` });
        response.end();
      });
      const error = await rejection(
        provider({
          AWS_CONTAINER_CREDENTIALS_FULL_URI: server.url,
          AWS_CONTAINER_AUTHORIZATION_TOKEN: AUTH_TOKEN,
        })(),
      );
      expect(isCredentialsError(error)).toBe(true);
      expect(error.message).toContain('request failed');
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('says which variables to set when neither is', async () => {
    const error = await rejection(provider({})());
    expect(error.message).toContain(
      'neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set',
    );
  });

  it('forgets a failure: the next call asks again', async () => {
    let calls = 0;
    const { url } = await serve((request, response) => {
      calls += 1;
      if (calls === 1) reply(response, 404, '');
      else credentialsEndpoint(request, response);
    });
    const credentials = provider({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url });
    await rejection(credentials());
    expect((await credentials()).accessKeyId).toBe('ASIAFAKE1');
  });
});
