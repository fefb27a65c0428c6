// Starts the two servers side by side as child processes and times each one from spawn to its first
// answered request (a full process start, as a developer or CI job sees it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function untilAnswered(url, child, started) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/`, { method: 'POST', body: 'Action=GetCallerIdentity' });
      await response.arrayBuffer();
      return performance.now() - started;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** Spawns `command`, waits for the first HTTP answer; returns its URL, start-up ms and a stop(). */
async function start(name, command, args, port, env = {}) {
  const started = performance.now();
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, ...env },
  });
  let printed = '';
  child.stdout.on('data', (chunk) => {
    printed += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const startupMs = await untilAnswered(url, child, started);
  return {
    name,
    url,
    startupMs,
    printed: () => printed,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** The emulator's CLI; its credentials are the root credentials it prints. */
export async function startEmulator() {
  const port = await freePort();
  const server = await start('@iamkit/local', process.execPath, [CLI, '--port', String(port)], port);
  const printed = (name) => new RegExp(`^${name}=(.*)$`, 'm').exec(server.printed())?.[1];
  return {
    ...server,
    credentials: {
      accessKeyId: printed('AWS_ACCESS_KEY_ID'),
      secretAccessKey: printed('AWS_SECRET_ACCESS_KEY'),
    },
  };
}

/** moto's server; it accepts any credentials (no INITIAL_NO_AUTH_ACTION_COUNT). */
export async function startMoto() {
  const port = await freePort();
  const server = await start(
    'moto 5.2.1',
    'python3',
    ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)],
    port,
  );
  return { ...server, credentials: { accessKeyId: 'AKIABENCHBENCHBENCH0', secretAccessKey: 'bench' } };
}
