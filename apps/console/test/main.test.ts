// What `pnpm start` runs after its build: the built dist/main.js comes up on the emulator, prints its
// URL and what it talks to, and answers there.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
});

/** The environment without any AWS connection, so the emulator is chosen whatever the machine has. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' };
  for (const name of Object.keys(env))
    if (name.startsWith('AWS_') || name.startsWith('IAMKIT_CONSOLE_')) delete env[name];
  return env;
}

describe('the built app (pnpm start)', () => {
  test('prints its URL and the emulator target, and answers there', async () => {
    expect(existsSync(main), 'dist/main.js is missing: build the app first (turbo does before tests)').toBe(
      true,
    );
    const started = spawn(process.execPath, [main], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      started.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /iamkit console: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (found && output.includes('Ctrl+C')) resolve(found[1]!);
      });
      started.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    expect(output).toContain('talking to: Local emulator (@iamkit/local)');
    const page = await fetch(`${url}/iam/users`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('>alice</a>');
    const script = await fetch(`${url}/assets/signIn.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript');
    const exited = new Promise((resolve) => started.once('exit', resolve));
    started.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
