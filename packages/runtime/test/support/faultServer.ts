import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface Seen {
  headers: IncomingMessage['headers'];
  body: string;
}

export type FaultHandler = (request: Seen, index: number, res: ServerResponse) => void;

/** A loopback HTTP server on a free port whose every answer is decided by the test. */
export const startFaultServer = async (handler: FaultHandler) => {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const request = { headers: req.headers, body };
      seen.push(request);
      handler(request, seen.length - 1, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export const send = (
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { 'content-type': 'text/xml', ...headers });
  res.end(body);
};

/**
 * For a test file: `serve(handler)` starts a fault server, closing the previous one first; the last one
 * is closed after each test.
 */
export const useFaultServers = () => {
  let close: (() => Promise<void>) | undefined;
  const closeCurrent = async () => {
    await close?.();
    close = undefined;
  };
  afterEach(closeCurrent);
  return {
    serve: async (handler: FaultHandler) => {
      await closeCurrent();
      const server = await startFaultServer(handler);
      close = server.close;
      return server;
    },
  };
};
