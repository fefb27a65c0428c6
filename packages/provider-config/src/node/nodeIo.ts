import { readFile as fsReadFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { CredentialsError } from '../errors/CredentialsError.js';

/**
 * Reads a text file; resolves `undefined` when it does not exist.
 *
 * @example
 * ```ts
 * const readFile: ReadTextFile = async (path) => files[path]; // an in-memory file system for tests
 * ```
 */
export type ReadTextFile = (path: string) => Promise<string | undefined>;

/**
 * What the Node credential sources read from the outside world; inject in tests.
 *
 * @example
 * ```ts
 * await defaultCredentials({ env: { HOME: '/home/me', AWS_PROFILE: 'dev' }, readFile });
 * ```
 */
export interface NodeCredentialIo {
  /** Environment variables. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** File reader. Default: `fs.promises.readFile` as UTF-8, `undefined` for a missing file. */
  readFile?: ReadTextFile;
  /** Home directory for `~/.aws/...`. Default: `HOME` or `USERPROFILE` from `env`, else `os.homedir()`. */
  homeDir?: string;
  /** HTTP client of the container and instance metadata providers. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Current time, for expirations and default session names. Default: `() => new Date()`. */
  clock?: () => Date;
}

/** The injected IO with defaults filled in. */
export function nodeIo(io: NodeCredentialIo): Required<NodeCredentialIo> {
  const env = io.env ?? process.env;
  return {
    env,
    readFile: io.readFile ?? readTextFile,
    homeDir: io.homeDir ?? env.HOME ?? env.USERPROFILE ?? homedir(),
    // Looked up per call, not at import, so a test's or an application's replacement is seen.
    fetch: io.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    clock: io.clock ?? (() => new Date()),
  };
}

/** A configured path, with a leading `~` expanded as the AWS CLI does. */
export function expandHome(file: string, homeDir: string): string {
  return file === '~' || file.startsWith('~/') || file.startsWith('~\\')
    ? path.join(homeDir, file.slice(1))
    : file;
}

async function readTextFile(file: string): Promise<string | undefined> {
  try {
    return await fsReadFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CredentialsError(
      file,
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}
