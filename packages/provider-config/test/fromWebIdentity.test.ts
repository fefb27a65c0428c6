import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isCredentialsError } from '../src/index.js';
import { fromWebIdentity } from '../src/node/index.js';
import { fakeRoleAssumer } from './support/fakeRoleAssumer.js';
import { expectNoSecrets } from './support/secrets.js';
import { rejection } from './support/thrown.js';

const START = new Date('2026-12-06T12:00:00Z');
const ROLE = 'arn:aws:iam::123456789012:role/pod';
const dir = mkdtempSync(path.join(tmpdir(), 'provider-config-web-identity-'));
const tokenFile = path.join(dir, 'token');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let now: Date;
let assumer: ReturnType<typeof fakeRoleAssumer>;
beforeEach(() => {
  now = START;
  assumer = fakeRoleAssumer(() => now);
});

const env = {
  AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
  AWS_ROLE_ARN: ROLE,
  AWS_ROLE_SESSION_NAME: 'worker',
  AWS_REGION: 'eu-west-1',
};

describe('fromWebIdentity', () => {
  it('assumes AWS_ROLE_ARN with the token of AWS_WEB_IDENTITY_TOKEN_FILE, re-read at each refresh', async () => {
    writeFileSync(tokenFile, 'jwt-one');
    const credentials = fromWebIdentity({ env, roleAssumer: assumer.roleAssumer, clock: () => now });
    await Promise.all(Array.from({ length: 100 }, () => credentials()));
    writeFileSync(tokenFile, 'jwt-two');
    await credentials(); // still fresh: no call, no read
    now = new Date(START.getTime() + 3_600_000 - 4 * 60_000);
    const refreshed = await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(assumer.calls).toEqual([
      {
        operation: 'assumeRoleWithWebIdentity',
        params: {
          roleArn: ROLE,
          roleSessionName: 'worker',
          webIdentityToken: 'jwt-one',
          region: 'eu-west-1',
        },
      },
      {
        operation: 'assumeRoleWithWebIdentity',
        params: {
          roleArn: ROLE,
          roleSessionName: 'worker',
          webIdentityToken: 'jwt-two',
          region: 'eu-west-1',
        },
      },
    ]);
    expect(refreshed[99]?.expiration).toEqual(new Date(now.getTime() + 3_600_000));
  });

  it('names a session after the clock when AWS_ROLE_SESSION_NAME is unset; options win over variables', async () => {
    writeFileSync(tokenFile, 'jwt');
    await fromWebIdentity({
      env: { AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile, AWS_ROLE_ARN: ROLE },
      roleAssumer: assumer.roleAssumer,
      clock: () => now,
    })();
    await fromWebIdentity({
      env,
      roleArn: `${ROLE}-2`,
      durationSeconds: 900,
      roleAssumer: assumer.roleAssumer,
    })();
    expect(assumer.calls.map((call) => call.params)).toMatchObject([
      { roleSessionName: `iamkit-${START.getTime()}` },
      { roleArn: `${ROLE}-2`, durationSeconds: 900 },
    ]);
  });

  it('fails typed, naming the variable or file, never the token', async () => {
    writeFileSync(tokenFile, 'jwt-secret-token');
    const unset = await rejection(fromWebIdentity({ env: {}, roleAssumer: assumer.roleAssumer })());
    expect(unset.message).toBe(
      'web identity (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN): the role ARN is not set',
    );
    const missing = await rejection(
      fromWebIdentity({
        env: { ...env, AWS_WEB_IDENTITY_TOKEN_FILE: `${dir}/missing` },
        roleAssumer: assumer.roleAssumer,
      })(),
    );
    expect(missing.message).toContain(`token file ${dir}/missing): the token file does not exist`);
    const noSts = await rejection(fromWebIdentity({ env })());
    expect(isCredentialsError(noSts)).toBe(true);
    expect(noSts.message).toContain('pass `roleAssumer` (@iamkit/sts provides one)');
    const failing = await rejection(
      fromWebIdentity({
        env,
        roleAssumer: {
          ...assumer.roleAssumer,
          assumeRoleWithWebIdentity: async () => Promise.reject(new Error('x')),
        },
      })(),
    );
    expect(failing.message).toContain('AssumeRoleWithWebIdentity failed (Error)');
    for (const error of [unset, missing, noSts, failing]) expectNoSecrets(error, ['jwt-secret-token']);
  });
});
