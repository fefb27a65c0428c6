// A loopback server for the browser suite: serves the page and its bundle, and answers Cognito's
// AWS JSON 1.1 protocol (POST /, X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>)
// from the fake pool, whose SRP checks run the test-side verifier.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackCognito {
  origin: string;
  /** Every Cognito request's operation and headers, in order. */
  requests: { operation: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

type Invoke = (operation: string, input: object, context: { signed: boolean }) => Promise<object>;

export async function startLoopbackCognito(
  files: Record<string, { type: string; body: string }>,
  invoke: Invoke,
): Promise<LoopbackCognito> {
  const requests: LoopbackCognito['requests'] = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'GET' && files[path]) {
      response
        .writeHead(200, { 'content-type': files[path].type, 'cache-control': 'no-store' })
        .end(files[path].body);
      return;
    }
    const target = /^AWSCognitoIdentityProviderService\.(\w+)$/.exec(String(request.headers['x-amz-target']));
    if (request.method !== 'POST' || path !== '/' || !target) {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const operation = target[1]!;
    requests.push({ operation, headers: request.headers });
    const json = { 'content-type': 'application/x-amz-json-1.1' };
    try {
      const output = await invoke(operation, JSON.parse(Buffer.concat(chunks).toString('utf8')), {
        signed: false,
      });
      response.writeHead(200, json).end(JSON.stringify(output));
    } catch (error) {
      const { name, message } = error as Error;
      response.writeHead(400, json).end(JSON.stringify({ __type: name, message }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
