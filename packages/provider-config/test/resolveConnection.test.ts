import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createCredentials,
  isCredentialsError,
  isInvalidConnectionError,
  type ResolvedConnection,
  resolveConnection,
} from '../src/index.js';
import { errorOf } from './support/thrown.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const TOKEN = 'FwoGZXIvYXdzEXAMPLETOKEN//////////wEaDEXAMPLE=';

function expectNoSecrets(value: unknown) {
  for (const text of [JSON.stringify(value), inspect(value, { depth: 10 }), String(value)]) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  }
}

describe('resolveConnection', () => {
  it('turns the platform shape into endpoint, signing and credentials', () => {
    const connection = resolveConnection(
      {
        credentials: { username: 'AKIDEXAMPLE', password: SECRET },
        connection_config: { region: 'eu-west-1' },
      },
      { service: 'iam' },
    );
    expect(connection).toMatchObject({
      url: 'https://iam.amazonaws.com',
      signingRegion: 'us-east-1',
      signingName: 'iam',
      partition: 'aws',
    });
    expect(connection.credentials.accessKeyId).toBe('AKIDEXAMPLE');
    expect(connection.credentials.secretAccessKey).toBe(SECRET);
  });

  it('gives the same result for the platform shape, access-key credentials and plain options', () => {
    const fromPlatform = resolveConnection(
      {
        credentials: { username: 'AKIDEXAMPLE', password: SECRET },
        connection_config: { region: 'us-east-2', apiSubdomain: 'idp.us-east-2' },
      },
      { service: 'cognito-idp' },
    );
    const fromKeys = resolveConnection(
      {
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET },
        connection_config: { apiSubdomain: 'cognito-idp.us-east-2' },
      },
      { service: 'cognito-idp' },
    );
    const fromPlain = resolveConnection({
      service: 'cognito-idp',
      region: 'us-east-2',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET },
    });
    const shape = (c: ResolvedConnection) => ({ ...c, credentials: { ...c.credentials } });
    expect(shape(fromKeys)).toEqual(shape(fromPlatform));
    expect(shape(fromPlain)).toEqual(shape(fromPlatform));
    expect(fromPlatform.url).toBe('https://cognito-idp.us-east-2.amazonaws.com');
  });

  it('names platform fields in validation errors', () => {
    const error = errorOf(() =>
      resolveConnection(
        {
          credentials: { username: 'AKIDEXAMPLE', password: SECRET },
          connection_config: { region: 'us-east-1', apiSubdomain: 'idp.eu-west-1' },
        },
        { service: 'cognito-idp' },
      ),
    );
    expect(isInvalidConnectionError(error)).toBe(true);
    expect(error.message).toContain('connection_config.region');
    expect(error.message).toContain('connection_config.apiSubdomain');
    expect(error.message).toContain('us-east-1');
    expect(error.message).toContain('idp.eu-west-1');
  });

  it('refuses conflicting values in the two arguments and a missing service', () => {
    const connection = {
      service: 'iam' as const,
      credentials: { accessKeyId: 'AKID', secretAccessKey: SECRET },
    };
    const conflict = errorOf(() => resolveConnection(connection, { service: 'sts' }));
    expect(isInvalidConnectionError(conflict)).toBe(true);
    expect(conflict.message).toContain('"iam" and "sts"');
    expect(
      isInvalidConnectionError(
        errorOf(() => resolveConnection({ credentials: connection.credentials, region: 'us-east-1' })),
      ),
    ).toBe(true);
  });

  it('takes the endpoint override only from its own option', () => {
    const connection = resolveConnection(
      { credentials: { username: 'AKID', password: SECRET }, connection_config: { region: 'us-east-1' } },
      { service: 'cognito-idp', endpoint: 'http://127.0.0.1:5000' },
    );
    expect(connection.url).toBe('http://127.0.0.1:5000');
  });

  it.each([
    [{ username: '', password: SECRET }, 'credentials.username'],
    [{ username: 'AKID', password: '' }, 'credentials.password'],
    [{ username: 'AKID EXAMPLE', password: SECRET }, 'credentials.username'],
    [{ username: 'AKID', password: `${SECRET}\n` }, 'credentials.password'],
    [{ username: 'AKID', password: `${SECRET} x` }, 'credentials.password'],
  ])('refuses malformed credentials %#, naming the field but not the secret', (credentials, field) => {
    const error = errorOf(() =>
      resolveConnection({ credentials, connection_config: { region: 'us-east-1' } }, { service: 'iam' }),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain(field);
    expectNoSecrets(error);
    expectNoSecrets(error.stack);
  });

  it('refuses missing credentials', () => {
    const error = errorOf(() =>
      resolveConnection({ connection_config: { region: 'us-east-1' } } as never, { service: 'iam' }),
    );
    expect(isCredentialsError(error)).toBe(true);
  });

  it('never shows the secret or session token in JSON.stringify or util.inspect', () => {
    const connection = resolveConnection(
      {
        credentials: { username: 'AKIDEXAMPLE', password: SECRET, sessionToken: TOKEN },
        connection_config: { region: 'us-gov-west-1' },
      },
      { service: 'sts' },
    );
    expect(connection.credentials.sessionToken).toBe(TOKEN);
    expectNoSecrets(connection);
    expectNoSecrets(connection.credentials);
    expect(JSON.parse(JSON.stringify(connection)).credentials).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: '[REDACTED]',
      sessionToken: '[REDACTED]',
    });
    expect(inspect(connection.credentials)).toContain('AKIDEXAMPLE');
  });
});

describe('createCredentials', () => {
  it('freezes the credentials and keeps the secret readable for the signer', () => {
    const credentials = createCredentials({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET });
    expect(Object.isFrozen(credentials)).toBe(true);
    expect(credentials.secretAccessKey).toBe(SECRET);
    expect(Object.keys(credentials)).toEqual(['accessKeyId', 'secretAccessKey']);
    expectNoSecrets(credentials);
  });
});
