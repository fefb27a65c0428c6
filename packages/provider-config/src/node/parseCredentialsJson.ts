import { type AwsCredentials, createCredentials } from '../credentials/createCredentials.js';
import { CredentialsError } from '../errors/CredentialsError.js';

/**
 * Reads the credentials JSON that container endpoints, the instance metadata service and
 * `credential_process` print: `AccessKeyId`, `SecretAccessKey`, a session token under `tokenField`
 * (`Token` from endpoints, `SessionToken` from processes) and an ISO 8601 `Expiration`. Anything else is
 * a CredentialsError naming `source` and the field, never quoting the text.
 *
 * @example
 * ```ts
 * parseCredentialsJson(text, 'container credentials', 'Token').expiration; // a Date
 * ```
 */
export function parseCredentialsJson(
  text: string,
  source: string,
  tokenField: 'Token' | 'SessionToken',
): AwsCredentials {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CredentialsError(source, `${source}: returned something that is not JSON`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new CredentialsError(source, `${source}: returned JSON that is not an object`);
  }
  const fields = body as Record<string, unknown>;
  if (fields.Expiration !== undefined && typeof fields.Expiration !== 'string') {
    throw new CredentialsError(source, `${source}: Expiration is not an ISO 8601 string`);
  }
  return createCredentials(
    {
      accessKeyId: fields.AccessKeyId as string,
      secretAccessKey: fields.SecretAccessKey as string,
      sessionToken: fields[tokenField] as string | undefined,
      expiration: fields.Expiration,
    },
    source,
    {
      accessKeyId: 'AccessKeyId',
      secretAccessKey: 'SecretAccessKey',
      sessionToken: tokenField,
      expiration: 'Expiration',
    },
  );
}
