import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Local, startLocal } from '../src/index.js';
import { rejection, sdkClients } from './support/sdkClients.js';
import { errorCode, signedQuery } from './support/signedFetch.js';

// The SDK signs with the real clock: the injected clock starts there and moves on from it.
const T0 = Math.floor(Date.now() / 1000) * 1000;
let now = T0;
let local: Local;
const ROLE_ARN = 'arn:aws:iam::123456789012:role/deployer';

const trust = (principal: string, externalId?: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        ...(externalId ? { Condition: { StringEquals: { 'sts:ExternalId': externalId } } } : {}),
      },
    ],
  });

let alice: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  local = await startLocal({ clock: () => now });
  const { iam } = sdkClients(local);
  await iam.send(new CreateUserCommand({ UserName: 'alice' }));
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
  alice = { accessKeyId: key.AccessKey!.AccessKeyId!, secretAccessKey: key.AccessKey!.SecretAccessKey! };
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'deployer',
      AssumeRolePolicyDocument: trust('arn:aws:iam::123456789012:user/alice', 'ext-42'),
    }),
  );
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'deployer',
      PolicyName: 'list-roles',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:ListRoles', Resource: '*' }],
      }),
    }),
  );
});
afterAll(() => local.close());

describe('STS', () => {
  it('tells each caller who it is', async () => {
    const root = await sdkClients(local).sts.send(new GetCallerIdentityCommand({}));
    expect([root.Account, root.Arn, root.UserId]).toEqual([
      '123456789012',
      'arn:aws:iam::123456789012:root',
      '123456789012',
    ]);
    const user = await sdkClients(local, alice).sts.send(new GetCallerIdentityCommand({}));
    expect(user.Arn).toBe('arn:aws:iam::123456789012:user/alice');
    expect(user.UserId).toMatch(/^AIDA/);
  });

  it('checks the trust policy principal and the external id', async () => {
    const { sts } = sdkClients(local, alice);
    const noExternalId = await rejection(
      sts.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 's1' })),
    );
    expect([noExternalId.name, noExternalId.message]).toEqual([
      'AccessDenied',
      `User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`,
    ]);
    const wrongId = await rejection(
      sts.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 's1', ExternalId: 'nope' })),
    );
    expect(wrongId.name).toBe('AccessDenied');
    const { iam } = sdkClients(local);
    await iam.send(new CreateUserCommand({ UserName: 'mallory' }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'mallory' }));
    const mallory = sdkClients(local, {
      accessKeyId: key.AccessKey!.AccessKeyId!,
      secretAccessKey: key.AccessKey!.SecretAccessKey!,
    }).sts;
    const stranger = await rejection(
      mallory.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 's1', ExternalId: 'ext-42' })),
    );
    expect(stranger.name).toBe('AccessDenied');
  });

  it('issues ASIA keys that act as the role and expire with DurationSeconds', async () => {
    now = T0;
    const assumed = await sdkClients(local, alice).sts.send(
      new AssumeRoleCommand({
        RoleArn: ROLE_ARN,
        RoleSessionName: 'ci',
        ExternalId: 'ext-42',
        DurationSeconds: 900,
      }),
    );
    const credentials = {
      accessKeyId: assumed.Credentials!.AccessKeyId!,
      secretAccessKey: assumed.Credentials!.SecretAccessKey!,
      sessionToken: assumed.Credentials!.SessionToken!,
    };
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(assumed.Credentials!.Expiration!.getTime()).toBe(T0 + 900_000);
    expect(assumed.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/deployer/ci');
    const session = sdkClients(local, credentials);
    expect((await session.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/deployer/ci',
    );
    expect((await session.iam.send(new ListRolesCommand({}))).Roles?.map((r) => r.RoleName)).toEqual([
      'deployer',
    ]);
    const denied = await rejection(session.iam.send(new ListUsersCommand({})));
    expect(denied.message).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/deployer/ci is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action',
    );
    const withoutToken = await signedQuery(
      local.url,
      { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
      'Action=ListRoles&Version=2010-05-08',
      { signingDate: new Date(now) },
    );
    expect(errorCode(withoutToken.text)).toBe('InvalidClientTokenId');
    now = T0 + 901_000;
    const expired = await signedQuery(local.url, credentials, 'Action=ListRoles&Version=2010-05-08', {
      signingDate: new Date(now),
    });
    expect([expired.status, errorCode(expired.text)]).toEqual([400, 'ExpiredToken']);
    now = T0;
  });

  it('lets an account principal assume a role only with an identity-based allow', async () => {
    const { iam } = sdkClients(local);
    await iam.send(
      new CreateRoleCommand({ RoleName: 'account-trust', AssumeRolePolicyDocument: trust('123456789012') }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'bob' }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
    const bob = sdkClients(local, {
      accessKeyId: key.AccessKey!.AccessKeyId!,
      secretAccessKey: key.AccessKey!.SecretAccessKey!,
    }).sts;
    const input = { RoleArn: 'arn:aws:iam::123456789012:role/account-trust', RoleSessionName: 'bob' };
    expect((await rejection(bob.send(new AssumeRoleCommand(input)))).name).toBe('AccessDenied');
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'bob',
        PolicyName: 'assume',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: input.RoleArn }],
        }),
      }),
    );
    expect((await bob.send(new AssumeRoleCommand(input))).AssumedRoleUser?.AssumedRoleId).toMatch(
      /^AROA.*:bob$/,
    );
  });

  it('issues session tokens for users that act as the user', async () => {
    const token = await sdkClients(local, alice).sts.send(
      new GetSessionTokenCommand({ DurationSeconds: 900 }),
    );
    const session = sdkClients(local, {
      accessKeyId: token.Credentials!.AccessKeyId!,
      secretAccessKey: token.Credentials!.SecretAccessKey!,
      sessionToken: token.Credentials!.SessionToken!,
    });
    expect((await session.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      'arn:aws:iam::123456789012:user/alice',
    );
  });
});
