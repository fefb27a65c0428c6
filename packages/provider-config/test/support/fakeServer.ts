import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake server received. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  remoteAddress: string | undefined;
}

/** Answers one request; may leave `response` open to simulate a hanging endpoint. */
export type Handler = (request: SeenRequest, response: ServerResponse) => void | Promise<void>;

/**
 * An HTTP server on 127.0.0.1, on a free port, recording every request. `close()` also drops
 * connections a hanging handler left open.
 */
export async function startFakeServer(handler: Handler) {
  const requests: SeenRequest[] = [];
  const server = createServer((incoming, response) => {
    const request: SeenRequest = {
      method: incoming.method ?? '',
      path: incoming.url ?? '',
      headers: incoming.headers,
      remoteAddress: incoming.socket.remoteAddress,
    };
    requests.push(request);
    incoming.resume();
    void handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `body` as JSON (an object) or as is (a string). */
export function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}
