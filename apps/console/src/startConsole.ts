import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ConnectionStore } from './connections/ConnectionStore.js';
import { awsTargetFromEnv } from './target/awsTargetFromEnv.js';
import { startEmulatorTarget } from './target/startEmulatorTarget.js';
import type { Target } from './target/Target.js';
import { createApp } from './web/createApp.js';

/** Options of {@link startConsole}. */
export interface ConsoleOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  host?: string;
  /** Where to look for an AWS connection (see awsTargetFromEnv); default `process.env`. */
  env?: Record<string, string | undefined>;
  /** One line per request (method, path, status, time), never a body. */
  log?: (line: string) => void;
}

/** A running console. */
export interface RunningConsole {
  url: string;
  target: Target;
  close(): Promise<void>;
}

// dist/startConsole.js and src/startConsole.ts both sit one folder below the app: the build's browser
// code is in dist/public either way.
const publicDir = fileURLToPath(new URL('../dist/public/', import.meta.url));

/**
 * Starts the console: on AWS when the environment holds a connection, else on the in-process emulator
 * with demo data; then the web server on loopback.
 *
 * @example
 * ```ts
 * const console_ = await startConsole({ port: 0 });
 * console.log(console_.url, console_.target.description);
 * await console_.close();
 * ```
 */
export async function startConsole(options: ConsoleOptions = {}): Promise<RunningConsole> {
  const target = awsTargetFromEnv(options.env ?? process.env) ?? (await startEmulatorTarget());
  const app = createApp(
    { connections: new ConnectionStore(target.connection), target, publicDir },
    options.log,
  );
  const hostname = options.host ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname }, (info: AddressInfo) =>
        resolve({ server, port: info.port }),
      );
      server.once('error', reject);
    },
  );
  return {
    url: `http://${hostname}:${port}`,
    target,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await target.close();
    },
  };
}
