import { describe, expect, it } from 'vitest';
import { BUFFERED_TEXT, type BufferedResponse } from '../src/client/bufferedText.js';
import { isIamParseError } from '../src/errors/IamParseError.js';
import * as nodeEntry from '../src/index.node.js';
import { nodeHttpFetch } from '../src/node/nodeHttpFetch.js';
import { send, useFaultServers } from './support/faultServer.js';

const { serve } = useFaultServers();

describe('nodeHttpFetch', () => {
  it('sends method, headers and body (from the option or the Request) and buffers the answer', async () => {
    const server = await serve((_req, _i, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      send(res, 201, '<ok>é</ok>', { 'x-amzn-requestid': 'r1' });
    });
    const fetch = nodeHttpFetch();
    const fromOption = (await fetch(new Request(server.url, { method: 'POST', headers: { 'x-a': 'b' } }), {
      iamkitBody: 'Action=X&V=é',
    } as RequestInit)) as BufferedResponse;
    expect(fromOption.status).toBe(201);
    expect(fromOption.headers.get('x-amzn-requestid')).toBe('r1');
    expect(fromOption.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(fromOption[BUFFERED_TEXT]).toBe('<ok>é</ok>');
    expect(server.seen[0]!.body).toBe('Action=X&V=é');
    expect(server.seen[0]!.headers['x-a']).toBe('b');
    expect(server.seen[0]!.headers['content-length']).toBe(String(Buffer.byteLength('Action=X&V=é')));

    await fetch(new Request(server.url, { method: 'POST', body: 'from-request' }));
    expect(server.seen[1]!.body).toBe('from-request');
  });

  it('fails a response larger than maxResponseBytes without buffering it all', async () => {
    const server = await serve((_req, _i, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 64; i++) res.write(chunk);
      res.end();
    });
    const error = await nodeHttpFetch({ maxResponseBytes: 100_000 })(
      new Request(server.url, { method: 'POST', body: 'a' }),
    ).catch((e: unknown) => e);
    expect(isIamParseError(error)).toBe(true);
  });

  it('reports connection failures as TypeError like fetch', async () => {
    const server = await serve((_req, _i, res) => res.socket?.destroy());
    const error = await nodeHttpFetch()(new Request(server.url, { method: 'POST', body: 'a' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('fetch failed');
  });

  it('is what the node entry of the package uses by default', async () => {
    const server = await serve((_req, _i, res) =>
      send(res, 200, '<ListUsersResponse><ListUsersResult><Users/></ListUsersResult></ListUsersResponse>'),
    );
    const client = nodeEntry.createIamClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    await expect(nodeEntry.listUsers(client)).resolves.toEqual({ Users: [] });
    expect(server.seen[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
    // undici's fetch adds these fetch-spec headers; node:http does not.
    expect(server.seen[0]!.headers['sec-fetch-mode']).toBeUndefined();
    expect(server.seen[0]!.headers['accept-encoding']).toBeUndefined();
    expect(typeof nodeEntry.paginateListUsers).toBe('function');
  });
});
