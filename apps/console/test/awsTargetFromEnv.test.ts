import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { awsTargetFromEnv } from '../src/target/awsTargetFromEnv.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('awsTargetFromEnv (which account the console talks to)', () => {
  test('nothing in the environment: the emulator', () => {
    expect(awsTargetFromEnv({})).toBeUndefined();
    expect(
      awsTargetFromEnv({ AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' }),
    ).toBeUndefined();
  });

  test('access keys and a region: AWS, said so, the secret redacted', () => {
    const target = awsTargetFromEnv({
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_REGION: 'eu-west-1',
      IAMKIT_CONSOLE_API_SUBDOMAIN: 'idp.eu-west-1',
    });
    expect(target?.kind).toBe('aws');
    expect(target?.description).toBe('AWS, region eu-west-1, access key from the environment');
    expect(target?.connection).toMatchObject({
      region: 'eu-west-1',
      apiSubdomain: 'idp.eu-west-1',
      endpoint: undefined,
    });
    expect(inspect(target, { depth: 6 })).not.toContain(SECRET);
  });

  test('IAMKIT_CONSOLE_TARGET=aws: the default credential chain, resolved lazily (nothing fetched here)', () => {
    const target = awsTargetFromEnv({ IAMKIT_CONSOLE_TARGET: 'aws', AWS_DEFAULT_REGION: 'us-east-2' });
    expect(target?.description).toBe('AWS, region us-east-2, the default credential chain');
    expect(typeof target?.connection.credentials).toBe('function');
  });

  test('a bad region or apiSubdomain stops the start with provider-config’s message', () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: SECRET };
    expect(() => awsTargetFromEnv({ ...env, AWS_REGION: 'eu-west-1.evil.com' })).toThrow(/region/);
    expect(() =>
      awsTargetFromEnv({ ...env, AWS_REGION: 'us-east-1', IAMKIT_CONSOLE_API_SUBDOMAIN: 'idp.evil.com' }),
    ).toThrow(/apiSubdomain/);
  });
});
