import { CredentialsError } from '../errors/CredentialsError.js';

/**
 * AWS access keys. Secret fields are redacted from `JSON.stringify` and `util.inspect` output. Assignable
 * to `@iamkit/signer`'s `Credentials`, the repository's one credentials type (checked by a type test).
 *
 * @example
 * ```ts
 * const { accessKeyId, secretAccessKey, sessionToken } = connection.credentials; // hand these to the signer
 * ```
 */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  /** When temporary credentials stop working; absent for long-lived keys. */
  readonly expiration?: Date;
}

/**
 * Credentials as callers hand them in.
 *
 * @example
 * ```ts
 * const input: AwsCredentialsInput = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: secret };
 * ```
 */
export interface AwsCredentialsInput {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  /** A `Date`, an ISO 8601 string or epoch milliseconds. */
  expiration?: Date | string | number | undefined;
}

const REDACTED = '[REDACTED]';
// AWS documents access key ids as [\w]+ (16-128 long); we only refuse what would break a SigV4
// Credential= header, since emulators use short ids such as "test".
const ACCESS_KEY_ID = /^\w{1,128}$/;
// Visible ASCII, no spaces: anything else would corrupt a header or betray a paste accident.
const SECRET = /^[\x21-\x7e]{1,256}$/;
const SESSION_TOKEN = /^[\x21-\x7e]{1,16384}$/;

/**
 * Validates static credentials and returns a frozen {@link AwsCredentials} whose secret fields never show
 * in `JSON.stringify` or `util.inspect` (and so `console.log`). Errors name `source` and the field, never
 * a value.
 *
 * @param source what the credentials came from, for error messages (e.g. `environment`).
 * @param labels how the source calls each field, e.g. `{ secretAccessKey: 'credentials.password' }`.
 * @example
 * ```ts
 * const credentials = createCredentials({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalr...' });
 * JSON.stringify(credentials); // {"accessKeyId":"AKIDEXAMPLE","secretAccessKey":"[REDACTED]"}
 * ```
 */
export function createCredentials(
  input: AwsCredentialsInput,
  source = 'static credentials',
  labels: Partial<Record<keyof AwsCredentialsInput, string>> = {},
): AwsCredentials {
  if (input === null || typeof input !== 'object') {
    throw new CredentialsError(source, `${source}: credentials must be an object`);
  }
  const label = (field: keyof AwsCredentialsInput) => labels[field] ?? field;
  const check = (field: keyof AwsCredentialsInput, pattern: RegExp, rule: string) => {
    const value: unknown = input[field];
    if (value === undefined || value === null || value === '') {
      throw new CredentialsError(source, `${source}: ${label(field)} is missing`);
    }
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new CredentialsError(source, `${source}: ${label(field)} is malformed (${rule})`);
    }
  };
  const expiration = expirationOf(input.expiration, `${source}: ${label('expiration')}`, source);
  check('accessKeyId', ACCESS_KEY_ID, 'expected 1-128 letters, digits or underscores');
  check('secretAccessKey', SECRET, 'expected 1-256 visible ASCII characters, no spaces');
  const hasToken = input.sessionToken !== undefined && input.sessionToken !== '';
  if (hasToken) check('sessionToken', SESSION_TOKEN, 'expected visible ASCII characters, no spaces');

  const credentials: { -readonly [K in keyof AwsCredentials]: AwsCredentials[K] } = {
    accessKeyId: input.accessKeyId,
    secretAccessKey: input.secretAccessKey,
  };
  if (hasToken) credentials.sessionToken = input.sessionToken!;
  if (expiration) credentials.expiration = expiration;
  const redacted = () => ({
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: REDACTED,
    ...(hasToken ? { sessionToken: REDACTED } : {}),
    ...(expiration ? { expiration: expiration.toISOString() } : {}),
  });
  Object.defineProperties(credentials, {
    toJSON: { value: redacted },
    [Symbol.for('nodejs.util.inspect.custom')]: {
      value: () => {
        const fields = Object.entries(redacted()).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
        return `AwsCredentials { ${fields.join(', ')} }`;
      },
    },
  });
  return Object.freeze(credentials);
}

function expirationOf(value: unknown, field: string, source: string): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date =
    value instanceof Date || typeof value === 'string' || typeof value === 'number'
      ? new Date(value)
      : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new CredentialsError(source, `${field} is not a Date, an ISO 8601 string or epoch milliseconds`);
  }
  return date;
}
