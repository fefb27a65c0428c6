/**
 * Stops a server started as a child process (SIGTERM) and resolves once it has exited.
 *
 * @example
 * const child = spawn('python3', ['-m', 'moto.server', …]);
 * try { … } finally { await stopChild(child); }
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<void>}
 */
export function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
