import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as iam from '../src/index.js';
import * as nodeEntry from '../src/index.node.js';
import { type Moto, startMoto } from './support/moto.js';
import { ADMIN_POLICY, motoAdmin } from './support/motoAdmin.js';

// Integration against moto's IAM with signature checking on: everything goes through the real
// @iamkit/signer and provider-config, over HTTP on a loopback port.

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const S3_READ = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::bucket with space/*' }],
});

let moto: Moto;
let admin: iam.IamClient;
let adminKey: { accessKeyId: string; secretAccessKey: string };

const clientWith = (accessKeyId: string, secretAccessKey: string, retry = 1) =>
  iam.createIamClient({ endpoint: moto.url, credentials: { accessKeyId, secretAccessKey }, retry });

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as iam.AwsServiceError;
  }
  throw new Error('expected a rejection');
};

beforeAll(async () => {
  moto = await startMoto(3);
  adminKey = await motoAdmin(moto);
  admin = clientWith(adminKey.accessKeyId, adminKey.secretAccessKey, 3);
});

afterAll(async () => {
  await moto?.stop();
});

describe('moto IAM, signature checking on', () => {
  it('users: create with tags, get, tag, untag, list, delete', async () => {
    const created = await iam.createUser(admin, {
      UserName: 'alice',
      Path: '/team/',
      Tags: [{ Key: 'team', Value: 'red & blue' }],
    });
    expect(created.User).toMatchObject({
      UserName: 'alice',
      Path: '/team/',
      Tags: [{ Key: 'team', Value: 'red & blue' }],
    });
    expect(created.User?.CreateDate).toBeInstanceOf(Date);

    const { User } = await iam.getUser(admin, { UserName: 'alice' });
    expect(User.Arn).toBe('arn:aws:iam::123456789012:user/team/alice');

    await iam.tagUser(admin, { UserName: 'alice', Tags: [{ Key: 'cost', Value: '42' }] });
    await iam.untagUser(admin, { UserName: 'alice', TagKeys: ['team'] });
    const tags = await iam.listUserTags(admin, { UserName: 'alice' });
    expect(tags.Tags).toEqual([{ Key: 'cost', Value: '42' }]);

    const listed = await iam.listUsers(admin, { PathPrefix: '/team/' });
    expect(listed.Users.map((u) => u.UserName)).toEqual(['alice']);

    await iam.deleteUser(admin, { UserName: 'alice' });
    expect((await rejection(iam.getUser(admin, { UserName: 'alice' }))).code).toBe('NoSuchEntity');
  });

  it('groups: create, add and remove members, list', async () => {
    await iam.createUser(admin, { UserName: 'gina' });
    const { Group } = await iam.createGroup(admin, { GroupName: 'devs' });
    expect(Group.GroupName).toBe('devs');
    await iam.addUserToGroup(admin, { GroupName: 'devs', UserName: 'gina' });
    const got = await iam.getGroup(admin, { GroupName: 'devs' });
    expect(got.Users.map((u) => u.UserName)).toEqual(['gina']);
    const forUser = await iam.listGroupsForUser(admin, { UserName: 'gina' });
    expect(forUser.Groups.map((g) => g.GroupName)).toEqual(['devs']);
    await iam.putGroupPolicy(admin, { GroupName: 'devs', PolicyName: 'read', PolicyDocument: S3_READ });
    expect((await iam.getGroupPolicy(admin, { GroupName: 'devs', PolicyName: 'read' })).PolicyDocument).toBe(
      S3_READ,
    );
    await iam.deleteGroupPolicy(admin, { GroupName: 'devs', PolicyName: 'read' });
    await iam.removeUserFromGroup(admin, { GroupName: 'devs', UserName: 'gina' });
    expect((await iam.getGroup(admin, { GroupName: 'devs' })).Users).toEqual([]);
    await iam.deleteGroup(admin, { GroupName: 'devs' });
    await iam.deleteUser(admin, { UserName: 'gina' });
  });

  it('roles with tags and inline policies; policy documents come back decoded', async () => {
    const { Role } = await iam.createRole(admin, {
      RoleName: 'app',
      AssumeRolePolicyDocument: TRUST,
      Description: 'app role',
      MaxSessionDuration: 7200,
      Tags: [{ Key: 'env', Value: 'test' }],
    });
    expect(Role.AssumeRolePolicyDocument).toBe(TRUST);
    expect(Role.MaxSessionDuration).toBe(7200);
    await iam.waitUntilRoleExists(admin, { RoleName: 'app' });
    const got = await iam.getRole(admin, { RoleName: 'app' });
    expect(JSON.parse(got.Role.AssumeRolePolicyDocument!)).toEqual(JSON.parse(TRUST));

    await iam.tagRole(admin, { RoleName: 'app', Tags: [{ Key: 'owner', Value: 'me' }] });
    const tags = await iam.listRoleTags(admin, { RoleName: 'app' });
    expect(tags.Tags.map((t) => t.Key).sort()).toEqual(['env', 'owner']);
    await iam.untagRole(admin, { RoleName: 'app', TagKeys: ['owner'] });
    expect((await iam.listRoleTags(admin, { RoleName: 'app' })).Tags).toEqual([
      { Key: 'env', Value: 'test' },
    ]);

    await iam.putRolePolicy(admin, { RoleName: 'app', PolicyName: 's3read', PolicyDocument: S3_READ });
    const inline = await iam.getRolePolicy(admin, { RoleName: 'app', PolicyName: 's3read' });
    expect(inline.PolicyDocument).toBe(S3_READ);
    expect((await iam.listRolePolicies(admin, { RoleName: 'app' })).PolicyNames).toEqual(['s3read']);
    await iam.deleteRolePolicy(admin, { RoleName: 'app', PolicyName: 's3read' });
    expect((await iam.listRolePolicies(admin, { RoleName: 'app' })).PolicyNames).toEqual([]);
  });

  it('managed policies: create, wait, version, attach, list, detach, delete', async () => {
    const { Policy } = await iam.createPolicy(admin, { PolicyName: 's3-read', PolicyDocument: S3_READ });
    const arn = Policy!.Arn!;
    expect(Policy).toMatchObject({ PolicyName: 's3-read', DefaultVersionId: 'v1', IsAttachable: true });
    await iam.waitUntilPolicyExists(admin, { PolicyArn: arn });

    const updated = S3_READ.replace('GetObject', 'ListBucket');
    const { PolicyVersion } = await iam.createPolicyVersion(admin, {
      PolicyArn: arn,
      PolicyDocument: updated,
      SetAsDefault: true,
    });
    expect(PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true });
    const v2 = await iam.getPolicyVersion(admin, { PolicyArn: arn, VersionId: 'v2' });
    expect(v2.PolicyVersion?.Document).toBe(updated);

    await iam.attachRolePolicy(admin, { RoleName: 'app', PolicyArn: arn });
    const attached = await iam.listAttachedRolePolicies(admin, { RoleName: 'app' });
    expect(attached.AttachedPolicies).toEqual([{ PolicyName: 's3-read', PolicyArn: arn }]);
    const entities = await iam.listEntitiesForPolicy(admin, { PolicyArn: arn });
    expect(entities.PolicyRoles?.map((r) => r.RoleName)).toEqual(['app']);
    await iam.detachRolePolicy(admin, { RoleName: 'app', PolicyArn: arn });
    await iam.deletePolicyVersion(admin, { PolicyArn: arn, VersionId: 'v1' });
    await iam.deletePolicy(admin, { PolicyArn: arn });
    expect((await rejection(iam.getPolicy(admin, { PolicyArn: arn }))).code).toBe('NoSuchEntity');
  });

  it('instance profiles: create, add role, wait, list for role, remove, delete', async () => {
    const created = await iam.createInstanceProfile(admin, { InstanceProfileName: 'web', Path: '/web/' });
    expect(created.InstanceProfile).toMatchObject({ InstanceProfileName: 'web', Path: '/web/', Roles: [] });
    await iam.addRoleToInstanceProfile(admin, { InstanceProfileName: 'web', RoleName: 'app' });
    await iam.waitUntilInstanceProfileExists(admin, { InstanceProfileName: 'web' });
    const got = await iam.getInstanceProfile(admin, { InstanceProfileName: 'web' });
    expect(got.InstanceProfile.Roles.map((r) => r.RoleName)).toEqual(['app']);
    expect(got.InstanceProfile.Roles[0]!.AssumeRolePolicyDocument).toBe(TRUST);
    const forRole = await iam.listInstanceProfilesForRole(admin, { RoleName: 'app' });
    expect(forRole.InstanceProfiles.map((p) => p.InstanceProfileName)).toEqual(['web']);
    await iam.removeRoleFromInstanceProfile(admin, { InstanceProfileName: 'web', RoleName: 'app' });
    await iam.deleteInstanceProfile(admin, { InstanceProfileName: 'web' });
    await iam.deleteRole(admin, { RoleName: 'app' });
  });

  it('access keys: a new key makes signed calls; a deleted key is refused', async () => {
    await iam.createUser(admin, { UserName: 'worker' });
    await iam.putUserPolicy(admin, { UserName: 'worker', PolicyName: 'all', PolicyDocument: ADMIN_POLICY });
    const { AccessKey } = await iam.createAccessKey(admin, { UserName: 'worker' });
    expect(AccessKey.Status).toBe('Active');
    const worker = clientWith(AccessKey.AccessKeyId, AccessKey.SecretAccessKey);

    const keys = await iam.listAccessKeys(worker, { UserName: 'worker' });
    expect(keys.AccessKeyMetadata.map((k) => k.AccessKeyId)).toEqual([AccessKey.AccessKeyId]);
    const { User } = await iam.send(worker, 'GetUser', { UserName: 'worker' });
    expect(User.UserName).toBe('worker');
    const lastUsed = await iam.getAccessKeyLastUsed(worker, { AccessKeyId: AccessKey.AccessKeyId });
    expect(lastUsed.UserName).toBe('worker');

    await iam.updateAccessKey(admin, {
      UserName: 'worker',
      AccessKeyId: AccessKey.AccessKeyId,
      Status: 'Inactive',
    });
    const [inactive] = (await iam.listAccessKeys(admin, { UserName: 'worker' })).AccessKeyMetadata;
    expect(inactive?.Status).toBe('Inactive');
    await iam.deleteAccessKey(admin, { UserName: 'worker', AccessKeyId: AccessKey.AccessKeyId });
    const refused = await rejection(iam.listUsers(worker));
    expect(refused).toMatchObject({ code: 'InvalidClientTokenId', statusCode: 403 });
  });

  it('ListUsers pagination across more than 100 users', async () => {
    const names = Array.from({ length: 105 }, (_, i) => `bulk-${String(i).padStart(3, '0')}`);
    for (let i = 0; i < names.length; i += 15) {
      await Promise.all(
        names.slice(i, i + 15).map((UserName) => iam.createUser(admin, { UserName, Path: '/bulk/' })),
      );
    }
    // moto 5.2 answers ListUsers in one page whatever MaxItems says (real IAM caps pages at 100 and
    // sets IsTruncated); the paginator must collect every user either way, each exactly once.
    const seen: string[] = [];
    let requests = 0;
    for await (const page of iam.paginateListUsers(admin, { PathPrefix: '/bulk/' }, { pageSize: 40 })) {
      requests++;
      seen.push(...page.Users.map((u) => u.UserName));
    }
    expect(seen.sort()).toEqual(names);
    expect(requests).toBeGreaterThanOrEqual(1);
  });

  it('pagination follows Marker across pages where moto paginates (ListPolicies, 105 policies)', async () => {
    const names = Array.from({ length: 105 }, (_, i) => `pol-${String(i).padStart(3, '0')}`);
    for (let i = 0; i < names.length; i += 15) {
      await Promise.all(
        names
          .slice(i, i + 15)
          .map((PolicyName) =>
            iam.createPolicy(admin, { PolicyName, PolicyDocument: S3_READ, Path: '/bulk/' }),
          ),
      );
    }
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const page of iam.paginateListPolicies(
      admin,
      { Scope: 'Local', PathPrefix: '/bulk/' },
      { pageSize: 40 },
    )) {
      sizes.push(page.Policies?.length ?? 0);
      seen.push(...(page.Policies ?? []).map((p) => p.PolicyName!));
    }
    expect(sizes).toEqual([40, 40, 25]);
    expect(seen.sort()).toEqual(names);

    const firstOnly: number[] = [];
    for await (const page of iam.paginateListPolicies(
      admin,
      { Scope: 'Local' },
      { pageSize: 100, maxPages: 1 },
    )) {
      firstOnly.push(page.Policies?.length ?? 0);
      expect(page.IsTruncated).toBe(true);
    }
    expect(firstOnly).toEqual([100]);
  });

  it('NoSuchEntity and EntityAlreadyExists come back as typed service errors', async () => {
    const missing = await rejection(iam.getUser(admin, { UserName: 'nobody' }));
    expect(iam.isAwsServiceError(missing)).toBe(true);
    expect(missing).toMatchObject({
      code: 'NoSuchEntity',
      statusCode: 404,
      retryable: false,
      operation: 'GetUser',
    });
    expect(missing.requestId).toBeTruthy();

    const duplicate = await rejection(iam.createUser(admin, { UserName: 'admin' }));
    expect(duplicate).toMatchObject({
      name: 'AwsServiceError',
      code: 'EntityAlreadyExists',
      statusCode: 409,
    });
  });

  it('a wrong secret is SignatureDoesNotMatch, an unknown key InvalidClientTokenId', async () => {
    const wrongSecret = await rejection(iam.listUsers(clientWith(adminKey.accessKeyId, 'not-the-secret')));
    expect(wrongSecret).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 403, retryable: false });
    expect(JSON.stringify(wrongSecret) + String(wrongSecret.stack)).not.toContain('not-the-secret');

    const unknownKey = await rejection(iam.listUsers(clientWith('AKIANOTAREALKEY00000', 'whatever')));
    expect(unknownKey).toMatchObject({ code: 'InvalidClientTokenId', statusCode: 403 });
  });

  it('the node entry (node:http transport) signs, parses and reports errors the same way', async () => {
    const client = nodeEntry.createIamClient({
      endpoint: moto.url,
      credentials: { accessKeyId: adminKey.accessKeyId, secretAccessKey: adminKey.secretAccessKey },
    });
    const { User } = await nodeEntry.createUser(client, {
      UserName: 'via-node-http',
      Tags: [{ Key: 'k', Value: 'v w' }],
    });
    expect(User?.Tags).toEqual([{ Key: 'k', Value: 'v w' }]);
    const { Role } = await nodeEntry.createRole(client, {
      RoleName: 'via-node-http',
      AssumeRolePolicyDocument: TRUST,
    });
    expect(Role.AssumeRolePolicyDocument).toBe(TRUST);
    expect((await rejection(nodeEntry.getUser(client, { UserName: 'nobody' }))).code).toBe('NoSuchEntity');
    const wrong = nodeEntry.createIamClient({
      endpoint: moto.url,
      credentials: { accessKeyId: adminKey.accessKeyId, secretAccessKey: 'wrong' },
      retry: 1,
    });
    expect((await rejection(nodeEntry.listUsers(wrong))).code).toBe('SignatureDoesNotMatch');
  });

  it('a waiter gives up after its bounded wait', async () => {
    const error = await rejection(
      iam.waitUntilUserExists(admin, { UserName: 'never-created' }, { maxWaitMs: 600, delayMs: 150 }),
    );
    expect(iam.isAwsTimeoutError(error)).toBe(true);
    expect((error as unknown as iam.AwsTimeoutError).scope).toBe('waiter');
  });
});
