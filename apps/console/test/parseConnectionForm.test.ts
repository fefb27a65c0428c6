import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseConnectionForm } from '../src/connections/parseConnectionForm.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const form = (fields: Record<string, string>) => ({
  name: 'Customer A',
  username: 'AKIAIOSFODNN7EXAMPLE',
  password: SECRET,
  region: 'eu-west-1',
  apiSubdomain: '',
  ...fields,
});

describe('parseConnectionForm (provider-config validation, by field)', () => {
  test('a valid connection in the platform shape, its secret redacted', () => {
    const parsed = parseConnectionForm(form({ apiSubdomain: 'idp.eu-west-1' }), undefined);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.connection).toMatchObject({
      name: 'Customer A',
      region: 'eu-west-1',
      apiSubdomain: 'idp.eu-west-1',
      source: 'form',
    });
    expect(inspect(parsed.connection, { depth: 5 })).not.toContain(SECRET);
    expect(JSON.stringify(parsed.connection)).not.toContain(SECRET);
  });

  test.each([
    [{ region: 'mars-1' }, 'region', 'connection_config.region "mars-1" is not an AWS region name'],
    [{ region: '' }, 'region', 'Missing Region'],
    [{ region: 'cn-north-1' }, 'region', 'cognito-idp is not available in region'],
    [{ apiSubdomain: 'idp.evil.example' }, 'apiSubdomain', 'is not one of idp.REGION'],
    [{ apiSubdomain: 'idp.us-east-1' }, 'apiSubdomain', 'us-east-1'],
    [{ username: '' }, 'username', 'credentials.username (access key id) is missing'],
    [{ username: 'AKIA EXAMPLE' }, 'username', 'credentials.username (access key id) is malformed'],
    [{ password: '' }, 'password', 'credentials.password (secret access key) is missing'],
    [{ password: 'has a space' }, 'password', 'credentials.password (secret access key) is malformed'],
    [{ name: '' }, 'name', '1 to 64 characters'],
  ])('%o is refused on %s', (fields, field, message) => {
    const parsed = parseConnectionForm(form(fields), undefined);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors)).toEqual([field]);
    expect(parsed.errors[field as keyof typeof parsed.errors]).toContain(message);
  });

  test('what was typed comes back, never the password', () => {
    const parsed = parseConnectionForm(form({ region: 'mars-1', password: 'typed-secret-1' }), undefined);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.values).toEqual({
      name: 'Customer A',
      username: 'AKIAIOSFODNN7EXAMPLE',
      region: 'mars-1',
      apiSubdomain: '',
    });
    expect(JSON.stringify(parsed)).not.toContain('typed-secret-1');
  });

  test("on the emulator the connection goes to the emulator's URL", () => {
    const parsed = parseConnectionForm(form({}), 'http://127.0.0.1:4566');
    expect(parsed.ok && parsed.connection.endpoint).toBe('http://127.0.0.1:4566');
  });
});
