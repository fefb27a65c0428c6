import { inspect } from 'node:util';
import { isCredentialsError } from '@iamkit/provider-config';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fromAssumeRole,
  isAwsParseError,
  isAwsTimeoutError,
  type StsRoleAssumerOptions,
} from '../src/index.js';
import { credentialsAnswer, credentialsXml, type FakeSts, startFakeSts } from './support/fakeSts.js';

const ROLE = 'arn:aws:iam::210987654321:role/partner';
const SOURCE = { accessKeyId: 'AKIDSOURCE', secretAccessKey: 'SOURCE-SECRET-do-not-show' };

let sts: FakeSts | undefined;
afterEach(async () => {
  await sts?.close();
  sts = undefined;
});

const stsAt = (url: string, extra: StsRoleAssumerOptions = {}): StsRoleAssumerOptions => ({
  endpoint: url,
  ...extra,
});

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error & { source?: string; cause?: unknown };
  }
  throw new Error('expected a rejection');
};

describe('fromAssumeRole against a loopback STS', () => {
  it('signs AssumeRole with the source key and sends the role, session, external ID and duration', async () => {
    sts = await startFakeSts(credentialsAnswer());
    const provider = fromAssumeRole({
      roleArn: ROLE,
      roleSessionName: 'audit',
      externalId: 'tenant-42',
      durationSeconds: 900,
      sourceCredentials: SOURCE,
      region: 'eu-west-1',
      sts: stsAt(sts.url),
    });
    const credentials = await provider();
    expect(credentials.accessKeyId).toMatch(/^ASIAFAKE\d+$/);
    expect(credentials.expiration).toBeInstanceOf(Date);
    const [call] = sts.calls;
    expect(call!.action).toBe('AssumeRole');
    expect(Object.fromEntries(call!.params)).toMatchObject({
      RoleArn: ROLE,
      RoleSessionName: 'audit',
      ExternalId: 'tenant-42',
      DurationSeconds: '900',
    });
    expect(call!.authorization).toMatch(/Credential=AKIDSOURCE\/\d{8}\/eu-west-1\/sts\//);
    expect(JSON.stringify(credentials)).not.toMatch(/do-not-show/);
    expect(inspect(credentials)).not.toMatch(/do-not-show/);
  });

  it('shares one AssumeRole among 100 concurrent calls, and assumes again only inside the refresh window', async () => {
    let now = new Date('2026-12-06T12:00:00Z');
    const clock = () => now;
    sts = await startFakeSts(credentialsAnswer(clock));
    const provider = fromAssumeRole({ roleArn: ROLE, sourceCredentials: SOURCE, clock, sts: stsAt(sts.url) });
    const first = await Promise.all(Array.from({ length: 100 }, () => provider()));
    expect(sts.calls).toHaveLength(1);
    expect(new Set(first.map((c) => c.accessKeyId)).size).toBe(1);
    // 54 minutes later: 6 minutes left, outside the 5-minute window.
    now = new Date(now.getTime() + 54 * 60_000);
    await Promise.all(Array.from({ length: 100 }, () => provider()));
    expect(sts.calls).toHaveLength(1);
    // 56 minutes: inside the window, so one new call for all 100.
    now = new Date(now.getTime() + 2 * 60_000);
    const second = await Promise.all(Array.from({ length: 100 }, () => provider()));
    expect(sts.calls).toHaveLength(2);
    expect(second[0]!.accessKeyId).not.toBe(first[0]!.accessKeyId);
    expect(new Set(second.map((c) => c.accessKeyId)).size).toBe(1);
  });

  it('fails typed when STS never answers (attempt timeout), naming the role and not the key', async () => {
    sts = await startFakeSts(() => {}); // reads the request, never answers
    const provider = fromAssumeRole({
      roleArn: ROLE,
      sourceCredentials: SOURCE,
      sts: stsAt(sts.url, { timeout: 200, retry: 1 }),
    });
    const error = await failure(provider());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.source).toBe(`assume role ${ROLE}`);
    expect(error.message).toMatch(/AssumeRole failed \(AwsTimeoutError\)/);
    expect(isAwsTimeoutError(error.cause)).toBe(true);
    expect(`${error.message} ${inspect(error)}`).not.toMatch(/do-not-show/);
  });

  it('fails typed on garbage and on an answer without credentials or expiration', async () => {
    const bodies = [
      'this is not xml <<<',
      '<AssumeRoleResponse><AssumeRoleResult></AssumeRoleResult></AssumeRoleResponse>',
      credentialsXml('AssumeRole', 1, new Date()).replace(/<Expiration>.*<\/Expiration>/, ''),
    ];
    let next = 0;
    sts = await startFakeSts((_call, response) => {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(bodies[next++]);
    });
    for (const _ of bodies) {
      const provider = fromAssumeRole({ roleArn: ROLE, sourceCredentials: SOURCE, sts: stsAt(sts.url) });
      const error = await failure(provider());
      expect(isCredentialsError(error)).toBe(true);
      expect(error.message).toMatch(/AssumeRole failed \(AwsParseError\)/);
      expect(isAwsParseError(error.cause)).toBe(true);
      expect(`${error.message} ${inspect(error)}`).not.toMatch(/do-not-show/);
    }
  });

  it("reports STS's refusal by code, and tries again on the next call (a failure is not kept)", async () => {
    let refuse = true;
    sts = await startFakeSts((call, response) => {
      if (!refuse) return credentialsAnswer()(call, response);
      response.writeHead(403, { 'content-type': 'text/xml' });
      response.end(
        '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>' +
          '<Message>not authorized</Message></Error><RequestId>r</RequestId></ErrorResponse>',
      );
    });
    const provider = fromAssumeRole({ roleArn: ROLE, sourceCredentials: SOURCE, sts: stsAt(sts.url) });
    const error = await failure(provider());
    expect(error.message).toBe(`assume role ${ROLE}: AssumeRole failed (AwsServiceError AccessDenied)`);
    refuse = false;
    await expect(provider()).resolves.toMatchObject({ accessKeyId: expect.stringMatching(/^ASIAFAKE/) });
  });

  it('asks mfa for the serial number at each assumption and sends SerialNumber and TokenCode', async () => {
    sts = await startFakeSts(credentialsAnswer());
    const asked: string[] = [];
    const provider = fromAssumeRole({
      roleArn: ROLE,
      sourceCredentials: SOURCE,
      serialNumber: 'arn:aws:iam::1:mfa/me',
      mfa: async (serial) => {
        asked.push(serial);
        return '123456';
      },
      sts: stsAt(sts.url),
    });
    await provider();
    expect(asked).toEqual(['arn:aws:iam::1:mfa/me']);
    expect(Object.fromEntries(sts.calls[0]!.params)).toMatchObject({
      SerialNumber: 'arn:aws:iam::1:mfa/me',
      TokenCode: '123456',
    });
    const noCode = fromAssumeRole({
      roleArn: ROLE,
      sourceCredentials: SOURCE,
      serialNumber: 'arn:aws:iam::1:mfa/me',
      mfa: async () => 'abc-secret',
      sts: stsAt(sts.url),
    });
    const error = await failure(noCode());
    expect(error.message).toBe(`assume role ${ROLE}: mfa did not return a 6-digit code`);
    expect(sts.calls).toHaveLength(1);
  });

  it('chains: a role assumed with the credentials of another fromAssumeRole', async () => {
    sts = await startFakeSts(credentialsAnswer());
    const first = fromAssumeRole({ roleArn: `${ROLE}-a`, sourceCredentials: SOURCE, sts: stsAt(sts.url) });
    const second = fromAssumeRole({ roleArn: `${ROLE}-b`, sourceCredentials: first, sts: stsAt(sts.url) });
    const credentials = await second();
    const [a, b] = sts.calls;
    expect(a!.params.get('RoleArn')).toBe(`${ROLE}-a`);
    expect(b!.params.get('RoleArn')).toBe(`${ROLE}-b`);
    const firstKey = (await first()).accessKeyId;
    expect(b!.authorization).toContain(`Credential=${firstKey}/`);
    expect(credentials.accessKeyId).not.toBe(firstKey);
  });

  it('refuses bad source credentials before calling STS', async () => {
    sts = await startFakeSts(credentialsAnswer());
    const provider = fromAssumeRole({
      roleArn: ROLE,
      sourceCredentials: { accessKeyId: 'AKID', secretAccessKey: '' },
      sts: stsAt(sts.url),
    });
    const error = await failure(provider());
    expect(error.message).toBe(`assume role ${ROLE}: sourceCredentials: secretAccessKey is missing`);
    expect(sts.calls).toEqual([]);
  });
});
