import { spawn } from 'node:child_process';

/**
 * @typedef {object} RunOptions
 * @property {string} [cwd]
 * @property {NodeJS.ProcessEnv} [env]
 * @property {AbortSignal | undefined} [signal] stops the command (its whole process group) when aborted
 * @property {boolean} [inherit] show the output as it comes instead of capturing it
 */

/** @param {string} text */
const tail = (text) => text.split('\n').slice(-40).join('\n');

/**
 * Runs `command args` in its own process group and resolves with its stdout. Rejects with the command
 * line and the tail of both outputs when it exits non-zero, so a failed step explains itself.
 *
 * @example
 * const listing = await runCommand('git', ['ls-files'], { cwd: repoRoot });
 * @param {string} command
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<string>}
 */
export function runCommand(command, args, { cwd, env = process.env, signal, inherit = false } = {}) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // A group of its own, so aborting also stops the grandchildren (pnpm -> node -> npm ...).
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', inherit ? 'inherit' : 'pipe', inherit ? 'inherit' : 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const stop = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    signal?.addEventListener('abort', stop, { once: true });
    child.once('error', (error) => {
      signal?.removeEventListener('abort', stop);
      reject(error);
    });
    child.once('close', (code, killedBy) => {
      signal?.removeEventListener('abort', stop);
      if (signal?.aborted) return reject(signal.reason);
      if (code === 0) return resolve(stdout);
      const where = cwd ? ` (in ${cwd})` : '';
      reject(
        new Error(
          `${command} ${args.join(' ')}${where} exited with ${code ?? killedBy}:\n${tail(stdout)}\n${tail(stderr)}`,
        ),
      );
    });
  });
}
