import { describe, expect, it } from 'vitest';
import { reply, startFakeServer } from './support/fakeServer.js';
import { loopbackOnlyFetch } from './support/loopbackOnly.js';
import { rejection } from './support/thrown.js';

describe('the loopback-only fetch the provider tests use', () => {
  it('refuses the metadata and container hosts before sending, recording the attempt', async () => {
    const fetch = loopbackOnlyFetch();
    for (const url of [
      'http://169.254.169.254/latest/api/token',
      'http://169.254.170.2/v2/x',
      'https://sts.amazonaws.com/',
    ]) {
      const error = await rejection(fetch(url));
      expect(error.message).toContain('only 127.0.0.1 is allowed');
    }
    expect(fetch.seen).toHaveLength(3);
  });

  it('is the global fetch of every test file (vitest setup file)', async () => {
    const error = await rejection(globalThis.fetch('http://169.254.169.254/'));
    expect(error.message).toContain('only 127.0.0.1 is allowed');
  });

  it('lets 127.0.0.1 through', async () => {
    const server = await startFakeServer((_request, response) => reply(response, 200, { ok: true }));
    try {
      expect(await (await loopbackOnlyFetch()(`${server.url}/`)).json()).toEqual({ ok: true });
      expect(server.requests[0]?.remoteAddress).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });
});
