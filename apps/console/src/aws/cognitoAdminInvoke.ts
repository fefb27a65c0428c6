// TO BE REPLACED by @iamkit/cognito's typed client (`createCognitoClient`) once it exists: until then
// the console's signed (admin) Cognito calls go through this one file, AWS JSON 1.1 over fetch, signed
// with @iamkit/signer. Every Cognito admin call of the app goes through aws/cognito*.ts.
import type { CognitoOperationName, CognitoOperations } from '@iamkit/cognito';
import { resolveEndpoint } from '@iamkit/provider-config';
import { createSigner, type Signer } from '@iamkit/signer';
import type { Connection } from '../connections/Connection.js';

/** Cognito answered with an error (`code` is its `__type`), or could not be reached (`statusCode` 0). */
export class CognitoServiceError extends Error {
  override name = 'CognitoServiceError';

  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const isCognitoServiceError = (error: unknown): error is CognitoServiceError =>
  error instanceof Error && error.name === 'CognitoServiceError';

/** Sends one Cognito operation, signed with the connection's credentials. */
export type CognitoAdminInvoke = <Name extends CognitoOperationName>(
  operation: Name,
  input: CognitoOperations[Name]['input'],
) => Promise<CognitoOperations[Name]['output']>;

const TIMEOUT_MS = 20_000;

// JSON 1.1 sends timestamps as epoch seconds; the generated types (and the pages) use Date.
const reviveDates = (key: string, value: unknown) =>
  typeof value === 'number' && key.endsWith('Date') ? new Date(value * 1000) : value;

const invokers = new WeakMap<Connection, CognitoAdminInvoke>();

/** The connection's Cognito endpoint: AWS's for its region or `apiSubdomain`, or the emulator. */
export function cognitoEndpointOf(connection: Connection) {
  return resolveEndpoint({
    service: 'cognito-idp',
    region: connection.region,
    ...(connection.apiSubdomain === undefined ? {} : { apiSubdomain: connection.apiSubdomain }),
    ...(connection.endpoint === undefined ? {} : { endpoint: connection.endpoint }),
  });
}

/** One signed invoke per connection. */
export function cognitoAdminFor(connection: Connection): CognitoAdminInvoke {
  const existing = invokers.get(connection);
  if (existing) return existing;
  const endpoint = cognitoEndpointOf(connection);
  const signer: Signer = createSigner({
    credentials: connection.credentials,
    region: endpoint.signingRegion,
    service: endpoint.signingName,
  });
  const invoke: CognitoAdminInvoke = async (operation, input) => {
    const signed = await signer.sign({
      method: 'POST',
      url: `${endpoint.url}/`,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(input),
    });
    let response: Response;
    try {
      response = await fetch(signed.url, {
        method: 'POST',
        headers: signed.headers,
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'error';
      throw new CognitoServiceError(
        'NetworkError',
        0,
        `${operation}: Cognito could not be reached (${reason})`,
      );
    }
    const text = await response.text();
    const body = text === '' ? {} : JSON.parse(text, reviveDates);
    if (!response.ok) {
      const type = String(body.__type ?? response.headers.get('x-amzn-errortype') ?? 'UnknownError');
      const code = type.slice(type.lastIndexOf('#') + 1).split(':')[0] ?? type;
      throw new CognitoServiceError(
        code,
        response.status,
        `${operation}: ${body.message ?? body.Message ?? code}`,
      );
    }
    return body;
  };
  invokers.set(connection, invoke);
  return invoke;
}
