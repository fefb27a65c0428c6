import { createStsClient, fromAssumeRole, getCallerIdentity, isCredentialsError } from '@iamkit/sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as iam from '../src/index.node.js';
import { type Moto, startMoto } from './support/moto.js';
import { ADMIN_POLICY, motoAdmin } from './support/motoAdmin.js';

// @iamkit/sts's role assumption against moto with signature checking on: the STS calls and the IAM
// calls signed with the assumed credentials go over HTTP to moto on a loopback port. (These tests live
// here because @iamkit/iam depends on @iamkit/sts: the reverse dependency would be a package cycle.)

const trust = (condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        // moto compares the caller's ARN with the principals as written.
        Principal: {
          AWS: [
            'arn:aws:iam::123456789012:user/admin',
            'arn:aws:sts::123456789012:assumed-role/hop/hop-session',
          ],
        },
        Action: 'sts:AssumeRole',
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });

let moto: Moto;
let adminKey: { accessKeyId: string; secretAccessKey: string };
let admin: iam.IamClient;

const roleArn = (name: string) => `arn:aws:iam::123456789012:role/${name}`;

beforeAll(async () => {
  moto = await startMoto(3);
  adminKey = await motoAdmin(moto);
  admin = iam.createIamClient({ endpoint: moto.url, credentials: adminKey });
  for (const [name, condition] of [
    ['partner', { StringEquals: { 'sts:ExternalId': 'tenant-42' } }],
    ['hop', undefined],
  ] as const) {
    await iam.createRole(admin, { RoleName: name, AssumeRolePolicyDocument: trust(condition) });
    await iam.putRolePolicy(admin, { RoleName: name, PolicyName: 'admin', PolicyDocument: ADMIN_POLICY });
  }
});

afterAll(async () => {
  await moto?.stop();
});

describe('@iamkit/sts against moto, signature checking on', () => {
  it('GetCallerIdentity with a user key', async () => {
    const sts = createStsClient({ endpoint: moto.url, credentials: adminKey });
    const identity = await getCallerIdentity(sts);
    expect(identity).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/admin' });
  });

  it('AssumeRole with an external ID, then IAM calls signed with the assumed credentials', async () => {
    const credentials = fromAssumeRole({
      roleArn: roleArn('partner'),
      roleSessionName: 'audit',
      externalId: 'tenant-42',
      sourceCredentials: adminKey,
      sts: { endpoint: moto.url },
    });
    const assumed = await credentials();
    expect(assumed.accessKeyId).toMatch(/^ASIA/);
    expect(assumed.sessionToken).toBeTruthy();
    expect(assumed.expiration!.getTime()).toBeGreaterThan(Date.now());

    const asRole = iam.createIamClient({ endpoint: moto.url, credentials });
    await iam.createUser(asRole, { UserName: 'made-by-role' });
    const { User } = await iam.getUser(asRole, { UserName: 'made-by-role' });
    expect(User.UserName).toBe('made-by-role');
    const identity = await getCallerIdentity(createStsClient({ endpoint: moto.url, credentials }));
    expect(identity.Arn).toBe('arn:aws:sts::123456789012:assumed-role/partner/audit');
  });

  it('chains roles: partner assumed with the credentials of hop', async () => {
    const hop = fromAssumeRole({
      roleArn: roleArn('hop'),
      roleSessionName: 'hop-session',
      sourceCredentials: adminKey,
      sts: { endpoint: moto.url },
    });
    const partner = fromAssumeRole({
      roleArn: roleArn('partner'),
      roleSessionName: 'chained',
      externalId: 'tenant-42',
      sourceCredentials: hop,
      sts: { endpoint: moto.url },
    });
    const identity = await getCallerIdentity(createStsClient({ endpoint: moto.url, credentials: partner }));
    expect(identity.Arn).toBe('arn:aws:sts::123456789012:assumed-role/partner/chained');
    const { Users } = await iam.listUsers(iam.createIamClient({ endpoint: moto.url, credentials: partner }));
    expect(Users.map((u) => u.UserName)).toContain('admin');
  });

  it("assumes a platform connection's roleArn with the connection key (Node createIamClient)", async () => {
    const client = iam.createIamClient({
      endpoint: moto.url,
      credentials: { username: adminKey.accessKeyId, password: adminKey.secretAccessKey },
      connection_config: { region: 'eu-west-1', roleArn: roleArn('partner'), externalId: 'tenant-42' },
      sts: { endpoint: moto.url },
    });
    const { Users } = await iam.listUsers(client);
    expect(Users.map((u) => u.UserName)).toContain('made-by-role');
  });

  // moto checks a wrong external ID but lets a missing one through; test/assumeRole.local.test.ts
  // proves the missing one against @iamkit/local.
  it('a wrong external ID fails typed, naming the role and the code', async () => {
    const credentials = fromAssumeRole({
      roleArn: roleArn('partner'),
      externalId: 'tenant-41',
      sourceCredentials: adminKey,
      sts: { endpoint: moto.url },
    });
    const error = await credentials().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error!.message).toBe(
      `assume role ${roleArn('partner')}: AssumeRole failed (AwsServiceError AccessDenied)`,
    );
    // Through a client, the same failure is the runtime's AwsCredentialsError, before anything is sent.
    const client = iam.createIamClient({ endpoint: moto.url, credentials, retry: 1 });
    await expect(iam.listUsers(client)).rejects.toMatchObject({ name: 'AwsCredentialsError' });
  });

  it('a key moto does not know fails typed, naming the role', async () => {
    const credentials = fromAssumeRole({
      roleArn: roleArn('partner'),
      externalId: 'tenant-42',
      sourceCredentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'UNKNOWN-SECRET-do-not-show' },
      sts: { endpoint: moto.url, retry: 1 },
    });
    const error = await credentials().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error!.message).toMatch(
      new RegExp(`assume role ${roleArn('partner')}: AssumeRole failed \\(AwsServiceError \\w+\\)`),
    );
    expect(error!.message).not.toContain('do-not-show');
  });
});
