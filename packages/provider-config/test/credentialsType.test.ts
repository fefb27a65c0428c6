import type { Credentials, CredentialsProvider } from '@iamkit/signer';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AwsCredentials, AwsCredentialsProvider } from '../src/index.js';
import { createCredentials, isCredentialsError } from '../src/index.js';
import { errorOf } from './support/thrown.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe("the signer's Credentials are the one credentials type", () => {
  it('AwsCredentials and AwsCredentialsProvider are assignable to them (checked by typecheck)', () => {
    expectTypeOf<AwsCredentials>().toExtend<Credentials>();
    expectTypeOf<AwsCredentialsProvider>().toExtend<CredentialsProvider>();
    const credentials: Credentials = createCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET });
    expect(credentials.accessKeyId).toBe('AKID');
  });
});

describe('createCredentials expiration', () => {
  it('accepts a Date, an ISO string or epoch milliseconds and keeps a Date copy', () => {
    const at = new Date('2030-01-02T03:04:05Z');
    for (const expiration of [at, '2030-01-02T03:04:05Z', at.getTime()]) {
      const credentials = createCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET, expiration });
      expect(credentials.expiration).toEqual(at);
      expect(credentials.expiration).not.toBe(at);
    }
  });

  it('shows the expiration (not a secret) in JSON and leaves it out when absent', () => {
    const expiration = new Date('2030-01-02T03:04:05Z');
    const credentials = createCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET, expiration });
    expect(JSON.parse(JSON.stringify(credentials))).toEqual({
      accessKeyId: 'AKID',
      secretAccessKey: '[REDACTED]',
      expiration: '2030-01-02T03:04:05.000Z',
    });
    expect('expiration' in createCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET })).toBe(false);
  });

  it('refuses an expiration that is not a date, naming the source and field', () => {
    const error = errorOf(() =>
      createCredentials({ accessKeyId: 'AKID', secretAccessKey: SECRET, expiration: 'soon' }, 'test source', {
        expiration: 'Expiration',
      }),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toBe(
      'test source: Expiration is not a Date, an ISO 8601 string or epoch milliseconds',
    );
  });
});
