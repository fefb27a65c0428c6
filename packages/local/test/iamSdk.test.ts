import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeletePolicyVersionCommand,
  DeleteUserCommand,
  GetPolicyVersionCommand,
  GetUserPolicyCommand,
  ListAccessKeysCommand,
  ListPolicyVersionsCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Local, startLocal } from '../src/index.js';
import { rejection, sdkClients } from './support/sdkClients.js';

const policy = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

let local: Local;
beforeAll(async () => {
  local = await startLocal();
});
afterAll(() => local.close());
beforeEach(() => local.reset());

describe('IAM through @aws-sdk/client-iam', () => {
  it('creates users and pages through them with Marker and MaxItems', async () => {
    const { iam } = sdkClients(local);
    for (const name of ['carol', 'alice', 'bob'])
      await iam.send(new CreateUserCommand({ UserName: name, Path: '/team/' }));
    const first = await iam.send(new ListUsersCommand({ MaxItems: 2 }));
    expect(first.Users?.map((u) => u.UserName)).toEqual(['alice', 'bob']);
    expect(first.IsTruncated).toBe(true);
    const second = await iam.send(new ListUsersCommand({ MaxItems: 2, Marker: first.Marker }));
    expect(second.Users?.map((u) => u.UserName)).toEqual(['carol']);
    expect(second.IsTruncated).toBe(false);
    expect(second.Users?.[0]?.Arn).toBe('arn:aws:iam::123456789012:user/team/carol');
  });

  it('answers AWS error codes and statuses', async () => {
    const { iam } = sdkClients(local);
    await iam.send(new CreateUserCommand({ UserName: 'dup' }));
    const exists = await rejection(iam.send(new CreateUserCommand({ UserName: 'dup' })));
    expect([exists.name, exists.$metadata?.httpStatusCode, exists.message]).toEqual([
      'EntityAlreadyExistsException',
      409,
      'User with name dup already exists.',
    ]);
    const missing = await rejection(iam.send(new DeleteUserCommand({ UserName: 'nobody' })));
    expect([missing.name, missing.$metadata?.httpStatusCode]).toEqual(['NoSuchEntityException', 404]);
    const malformed = await rejection(
      iam.send(new CreatePolicyCommand({ PolicyName: 'bad', PolicyDocument: '{"Statement": [' })),
    );
    expect(malformed.name).toBe('MalformedPolicyDocumentException');
  });

  it('keeps at most two access keys per user and refuses to delete a user that has any', async () => {
    const { iam } = sdkClients(local);
    await iam.send(new CreateUserCommand({ UserName: 'keys' }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'keys' }));
    expect(key.AccessKey?.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.AccessKey?.SecretAccessKey).toHaveLength(40);
    await iam.send(new CreateAccessKeyCommand({ UserName: 'keys' }));
    const third = await rejection(iam.send(new CreateAccessKeyCommand({ UserName: 'keys' })));
    expect([third.name, third.message]).toEqual([
      'LimitExceededException',
      'Cannot exceed quota for AccessKeysPerUser: 2',
    ]);
    const conflict = await rejection(iam.send(new DeleteUserCommand({ UserName: 'keys' })));
    expect(conflict.name).toBe('DeleteConflictException');
    await iam.send(
      new UpdateAccessKeyCommand({
        UserName: 'keys',
        AccessKeyId: key.AccessKey!.AccessKeyId!,
        Status: 'Inactive',
      }),
    );
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'keys' }));
    expect(listed.AccessKeyMetadata?.find((k) => k.AccessKeyId === key.AccessKey?.AccessKeyId)?.Status).toBe(
      'Inactive',
    );
    await iam.send(
      new DeleteAccessKeyCommand({ UserName: 'keys', AccessKeyId: key.AccessKey!.AccessKeyId! }),
    );
    expect((await iam.send(new ListAccessKeysCommand({ UserName: 'keys' }))).AccessKeyMetadata).toHaveLength(
      1,
    );
  });

  it('versions managed policies: at most five, never deleting the default', async () => {
    const { iam } = sdkClients(local);
    const document = policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const created = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'versions', PolicyDocument: document }),
    );
    const arn = created.Policy!.Arn!;
    for (let i = 0; i < 4; i += 1) {
      await iam.send(
        new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: document, SetAsDefault: i === 3 }),
      );
    }
    const sixth = await rejection(
      iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: document })),
    );
    expect(sixth.name).toBe('LimitExceededException');
    const versions = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
    expect(versions.Versions?.find((v) => v.IsDefaultVersion)?.VersionId).toBe('v5');
    const deleteDefault = await rejection(
      iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v5' })),
    );
    expect(deleteDefault.name).toBe('DeleteConflictException');
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
    // The SDK returns the document as IAM sends it: URL-encoded.
    expect(decodeURIComponent(version.PolicyVersion!.Document!)).toBe(document);
  });

  it('evaluates identity-based policies: explicit deny over allow, AccessDenied in AWS words', async () => {
    const { iam } = sdkClients(local);
    await iam.send(new CreateUserCommand({ UserName: 'dev' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'readers' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'dev' }));
    const readAll = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'read',
        PolicyDocument: policy([{ Effect: 'Allow', Action: ['iam:List*', 'iam:Get*'], Resource: '*' }]),
      }),
    );
    await iam.send(new AttachUserPolicyCommand({ UserName: 'dev', PolicyArn: readAll.Policy!.Arn! }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'dev',
        PolicyName: 'no-keys',
        PolicyDocument: policy([
          { Effect: 'Deny', Action: 'iam:ListAccessKeys', Resource: 'arn:aws:iam::*:user/*' },
        ]),
      }),
    );
    const inline = await iam.send(new GetUserPolicyCommand({ UserName: 'dev', PolicyName: 'no-keys' }));
    expect(JSON.parse(decodeURIComponent(inline.PolicyDocument!)).Statement[0].Effect).toBe('Deny');
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'dev' }));
    const dev = sdkClients(local, {
      accessKeyId: key.AccessKey!.AccessKeyId!,
      secretAccessKey: key.AccessKey!.SecretAccessKey!,
    }).iam;
    expect((await dev.send(new ListUsersCommand({}))).Users?.map((u) => u.UserName)).toEqual(['dev']);
    const implicit = await rejection(dev.send(new CreateUserCommand({ UserName: 'x' })));
    expect([implicit.name, implicit.$metadata?.httpStatusCode, implicit.message]).toEqual([
      'AccessDenied',
      403,
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/x because no identity-based policy allows the iam:CreateUser action',
    ]);
    const explicit = await rejection(dev.send(new ListAccessKeysCommand({ UserName: 'dev' })));
    expect(explicit.message).toBe(
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:ListAccessKeys on resource: arn:aws:iam::123456789012:user/dev with an explicit deny in an identity-based policy',
    );
  });
});
