import { describe, expect, it } from 'vitest';
import { isAwsParseError } from '../src/errors/AwsParseError.js';
import { BUFFERED_TEXT, type BufferedResponse } from '../src/transport/bufferedText.js';
import { nodeHttpFetch } from '../src/transport/node/nodeHttpFetch.js';
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

  it('answers the client (iamkitBuffered) with status, headers and text but no Response, others with a Response', async () => {
    const server = await serve((_req, _i, res) => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      send(res, 404, '<e/>', { 'x-amzn-requestid': 'r2', date: 'Thu, 26 Nov 2026 06:00:00 GMT' });
    });
    const fetch = nodeHttpFetch();
    const init = { iamkitBody: 'x', iamkitBuffered: true } as RequestInit;
    const buffered = (await fetch(new Request(server.url, { method: 'POST' }), init)) as BufferedResponse;
    expect(buffered).not.toBeInstanceOf(Response);
    expect([buffered.ok, buffered.status, buffered[BUFFERED_TEXT]]).toEqual([false, 404, '<e/>']);
    expect(buffered.headers.get('X-AMZN-RequestId')).toBe('r2');
    expect(buffered.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(buffered.headers.has('date')).toBe(true);
    expect(buffered.headers.get('nope')).toBeNull();
    const all = Object.fromEntries(buffered.headers);
    expect(all).toMatchObject({ 'x-amzn-requestid': 'r2', 'set-cookie': 'a=1, b=2' });
    const names: string[] = [];
    buffered.headers.forEach((_value, name) => {
      names.push(name);
    });
    expect(names).toEqual(Object.keys(all));

    const plain = await fetch(new Request(server.url, { method: 'POST', body: 'x' }));
    expect(plain).toBeInstanceOf(Response);
    expect(plain.headers.get('x-amzn-requestid')).toBe('r2');
  });

  it('stops a request when its signal aborts, with the signal reason', async () => {
    const server = await serve(() => {
      // never answers
    });
    const controller = new AbortController();
    const pending = nodeHttpFetch()(
      new Request(server.url, { method: 'POST', body: 'a', signal: controller.signal }),
    );
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(pending).rejects.toThrow('stop');
    const already = nodeHttpFetch()(
      new Request(server.url, { method: 'POST', body: 'a', signal: AbortSignal.abort(new Error('early')) }),
    );
    await expect(already).rejects.toThrow('early');
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
    expect(isAwsParseError(error)).toBe(true);
  });

  it('reports connection failures as TypeError like fetch', async () => {
    const server = await serve((_req, _i, res) => res.socket?.destroy());
    const error = await nodeHttpFetch()(new Request(server.url, { method: 'POST', body: 'a' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('fetch failed');
  });
});
