const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Gives `value` JSON and `util.inspect` forms that show each of `secrets` as `[redacted]`, with
 * non-enumerable hooks (found by registered symbol: no `node:util` import). The properties keep
 * their exact values for code that reads them; a spread copy is a plain object again.
 */
export function redact<T extends object>(value: T, secrets: readonly (keyof T & string)[]): T {
  const safe = () =>
    Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        secrets.includes(key as keyof T & string) && field !== undefined ? '[redacted]' : field,
      ]),
    );
  Object.defineProperty(value, 'toJSON', { value: safe });
  Object.defineProperty(value, INSPECT, { value: safe });
  return value;
}
