import {
  isCredentialsError,
  isProviderConfigError,
  isUnsupportedRegionError,
  type PlatformConnection,
  resolveConnection,
  type ServiceId,
} from '@iamkit/provider-config';
import type { Connection } from './Connection.js';

/** The connections form's fields, in the platform's shape: the access key id is the user name. */
export const CONNECTION_FIELDS = ['name', 'username', 'password', 'region', 'apiSubdomain'] as const;
export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

/** What the form posted, without the password: this is what is sent back when a field is refused. */
export type ConnectionFormValues = Record<Exclude<ConnectionField, 'password'>, string>;

export type ParsedConnectionForm =
  | { ok: true; connection: Omit<Connection, 'id'> }
  | { ok: false; values: ConnectionFormValues; errors: Partial<Record<ConnectionField, string>> };

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Validates the connections form with provider-config's `resolveConnection`, for IAM and for Cognito,
 * and names the field at fault. `endpoint` (the emulator's URL) sends the connection there instead of AWS.
 */
export function parseConnectionForm(
  form: Record<string, unknown>,
  endpoint: string | undefined,
): ParsedConnectionForm {
  const values: ConnectionFormValues = {
    name: text(form.name),
    username: text(form.username),
    region: text(form.region),
    apiSubdomain: text(form.apiSubdomain),
  };
  if (values.name === '' || values.name.length > 64) {
    return { ok: false, values, errors: { name: 'Give the connection a name of 1 to 64 characters.' } };
  }
  const platform: PlatformConnection = {
    credentials: {
      username: values.username,
      password: typeof form.password === 'string' ? form.password : '',
    },
    connection_config: { region: values.region, apiSubdomain: values.apiSubdomain },
  };
  try {
    let resolved: ReturnType<typeof resolveConnection> | undefined;
    for (const service of ['iam', 'cognito-idp'] satisfies ServiceId[]) {
      resolved = resolveConnection(platform, endpoint === undefined ? { service } : { service, endpoint });
    }
    return {
      ok: true,
      connection: {
        name: values.name,
        source: 'form',
        region: values.region || (resolved?.signingRegion ?? ''),
        apiSubdomain: values.apiSubdomain || undefined,
        endpoint,
        credentials: resolved!.credentials,
      },
    };
  } catch (error) {
    if (!isProviderConfigError(error)) throw error;
    return { ok: false, values, errors: { [fieldOf(error, values)]: error.message } };
  }
}

/** Which form field an error of provider-config is about. */
function fieldOf(error: Error, values: ConnectionFormValues): ConnectionField {
  if ('field' in error && typeof error.field === 'string') {
    if (error.field.endsWith('apiSubdomain')) return 'apiSubdomain';
    if (error.field.endsWith('region')) return 'region';
  }
  // CredentialsError names its field only in the message (credentials.username / credentials.password).
  if (isCredentialsError(error))
    return error.message.includes('credentials.password') ? 'password' : 'username';
  // A missing region (EndpointResolutionError) or one without the service: the region, unless only
  // apiSubdomain named it.
  return isUnsupportedRegionError(error) && values.region === '' ? 'apiSubdomain' : 'region';
}
