import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './freePort.js';

export interface WorkerdOptions {
  binary: string;
  compatibilityDate: string;
  /** The folder holding `worker`, the bundled ES module. */
  dir: string;
  worker: string;
  timeoutMs: number;
}

// The worker may reach loopback only (moto and the test's server); workerd's default outbound
// network allows public addresses alone.
const config = (
  worker: string,
  port: number,
  compatibilityDate: string,
) => `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .matrixWorker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const matrixWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "${worker}")],
  compatibilityDate = "${compatibilityDate}",
  globalOutbound = "loopback",
);
`;

/**
 * Serves the worker with workerd on a loopback port, sends it one request (the worker runs the
 * program while answering it) and stops workerd. Rejects with workerd's output when the request fails.
 */
export async function runWorkerd(options: WorkerdOptions): Promise<void> {
  const port = await freePort();
  writeFileSync(join(options.dir, 'workerd.capnp'), config(options.worker, port, options.compatibilityDate));
  const child = spawn(options.binary, ['serve', 'workerd.capnp'], {
    cwd: options.dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const deadline = Date.now() + options.timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`, {
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        const text = await response.text();
        if (!response.ok) throw new Error(`the worker answered ${response.status}: ${text}`);
        return;
      } catch (error) {
        // Not listening yet: retry until the deadline; anything else is the answer.
        const refused = (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
        if (!refused || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } catch (error) {
    throw new Error(`workerd: ${error instanceof Error ? error.message : error}\n${output}`);
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}
