/** Access key credentials, usable as any AWS SDK's `credentials`. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

const redacted = (accessKeyId: string) => ({ accessKeyId, secretAccessKey: '[redacted]' });

/**
 * Credentials whose secret stays out of `util.inspect`, `console.log` and `JSON.stringify`,
 * while SDKs (and spreads) read both fields as usual.
 *
 * @example
 * ```ts
 * const credentials = rootCredentials('AKIA…', 'secret');
 * JSON.stringify(credentials); // '{"accessKeyId":"AKIA…","secretAccessKey":"[redacted]"}'
 * ```
 */
export function rootCredentials(accessKeyId: string, secretAccessKey: string): Credentials {
  const credentials = { accessKeyId, secretAccessKey };
  Object.defineProperties(credentials, {
    toJSON: { value: () => redacted(accessKeyId) },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: () => redacted(accessKeyId) },
  });
  return credentials;
}
