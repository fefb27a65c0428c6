import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConformanceInput } from '../../program/conformanceInput.js';
import type { ConformanceReport } from '../../program/main.js';

export interface ControlServer {
  url: string;
  /** Serves `input` at `/run/<label>/input` and resolves with what the runtime posts to `/run/<label>/results`. */
  expectReport(label: string, input: ConformanceInput): Promise<ConformanceReport>;
  /** Files served under `/static/` (the Chromium page and its bundle). */
  serveStatic(path: string, contentType: string, body: string): void;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * The test's loopback server: hands each runtime its input, takes its report, serves the Chromium page,
 * and passes any other request through to moto unchanged, Host header included (so signatures made for
 * this origin verify): a same-origin route to moto for the browser, whose preflights moto cannot answer.
 */
export async function startControlServer(motoUrl: string): Promise<ControlServer> {
  const inputs = new Map<string, ConformanceInput>();
  const waiting = new Map<string, (report: ConformanceReport) => void>();
  const statics = new Map<string, { contentType: string; body: string }>();
  const moto = new URL(motoUrl);

  const proxy = (req: IncomingMessage, res: ServerResponse) => {
    const upstream = httpRequest(
      { host: moto.hostname, port: moto.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => res.writeHead(502).end(String(error)));
    req.pipe(upstream);
  };

  const server = createServer(async (req, res) => {
    const route = /^\/run\/([\w-]+)\/(input|results)$/.exec(req.url ?? '');
    const file = statics.get(req.url ?? '');
    if (route) {
      const [, label = '', what] = route;
      if (what === 'input' && inputs.has(label)) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(inputs.get(label)));
        return;
      }
      const resolve = waiting.get(label);
      if (what === 'results' && req.method === 'POST' && resolve) {
        const report = JSON.parse((await readBody(req)).toString('utf8')) as ConformanceReport;
        waiting.delete(label);
        res.writeHead(204).end();
        resolve(report);
        return;
      }
      res.writeHead(404).end();
    } else if (file) {
      res.writeHead(200, { 'content-type': file.contentType }).end(file.body);
    } else {
      proxy(req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    expectReport: (label, input) => {
      inputs.set(label, input);
      return new Promise((resolve) => waiting.set(label, resolve));
    },
    serveStatic: (path, contentType, body) => statics.set(`/static/${path}`, { contentType, body }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
