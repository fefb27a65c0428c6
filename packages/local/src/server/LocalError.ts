/**
 * An error the emulator answers with: AWS's error code, message and HTTP status. Query services
 * write it as `<ErrorResponse>`, JSON services as `{"__type", "message"}`.
 *
 * @example
 * ```ts
 * throw new LocalError('NoSuchEntity', 'The user with name bob cannot be found.', 404);
 * ```
 */
export class LocalError extends Error {
  override readonly name = 'LocalError';

  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly fault: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
  }
}

/** Guard by `name`, so it works across bundled copies. */
export const isLocalError = (error: unknown): error is LocalError =>
  (error as { name?: unknown } | null)?.name === 'LocalError';
