import { type ExecFileException, execFile } from 'node:child_process';
import type { AwsCredentials } from '../credentials/createCredentials.js';
import { CredentialsError } from '../errors/CredentialsError.js';
import { parseCredentialsJson } from './parseCredentialsJson.js';
import { splitCommandLine } from './splitCommandLine.js';

const MAX_OUTPUT_BYTES = 1024 * 1024;

/**
 * Runs a `credential_process` command line without a shell (split as botocore splits it) and reads the
 * Version 1 JSON it prints. Failures name `source` and what went wrong (exit code, timeout, malformed
 * field) but never the output or stderr, which may hold secrets.
 *
 * @example
 * ```ts
 * await runCredentialProcess('/usr/local/bin/creds --role ci', "profile 'ci'", 30_000);
 * ```
 */
export async function runCredentialProcess(
  commandLine: string,
  source: string,
  timeoutMs: number,
): Promise<AwsCredentials> {
  const argv = splitCommandLine(commandLine);
  if (!argv?.[0]) {
    throw new CredentialsError(source, `${source}: credential_process is empty or has an unclosed quote`);
  }
  const [program, ...args] = argv as [string, ...string[]];
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      program,
      args,
      { timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', windowsHide: true },
      (error, out) => (error ? reject(processFailure(error, source, timeoutMs)) : resolve(out)),
    );
  });
  let version: unknown;
  try {
    version = (JSON.parse(stdout) as { Version?: unknown } | null)?.Version;
  } catch {
    throw new CredentialsError(source, `${source}: credential_process printed something that is not JSON`);
  }
  if (version !== 1) {
    throw new CredentialsError(source, `${source}: credential_process printed JSON without "Version": 1`);
  }
  return parseCredentialsJson(stdout, `${source}: credential_process`, 'SessionToken');
}

// The error's own message quotes the command line and stderr: only its code and signal are used.
function processFailure(error: ExecFileException, source: string, timeoutMs: number) {
  const code = error.code as string | number | undefined;
  const why =
    code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'
      ? `printed more than ${MAX_OUTPUT_BYTES} bytes`
      : error.killed && error.signal === 'SIGTERM'
        ? `did not finish within ${timeoutMs} ms`
        : typeof code === 'number'
          ? `exited with code ${code}`
          : typeof code === 'string'
            ? `could not be run (${code})`
            : `was ended by ${error.signal ?? 'an error'}`;
  return new CredentialsError(source, `${source}: credential_process ${why}`);
}
