import { describe, expect, it } from 'vitest';
import { fakeFetch, ok, recordingSigner } from '../../runtime/test/support/fakeFetch.js';
import * as runtime from '../src/generated/iam.runtime.js';
import * as iam from '../src/index.js';
import { createIamClient } from '../src/index.js';

const client = (responder: Parameters<typeof fakeFetch>[0]) => {
  const fake = fakeFetch(responder);
  const c = createIamClient({
    endpoint: 'http://127.0.0.1:1',
    signer: recordingSigner().signer,
    fetch: fake.fetch,
  });
  return { client: c, requests: fake.requests };
};

const policy =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::b/a b+c"}]}';
const enc = (s: string) => encodeURIComponent(s);
const userXml = (name: string) =>
  `<Path>/</Path><UserName>${name}</UserName><UserId>AID${name}</UserId><Arn>arn:aws:iam::123456789012:user/${name}</Arn><CreateDate>2024-05-06T07:08:09Z</CreateDate>`;
const user = (name: string) => ({
  Path: '/',
  UserName: name,
  UserId: `AID${name}`,
  Arn: `arn:aws:iam::123456789012:user/${name}`,
  CreateDate: new Date('2024-05-06T07:08:09Z'),
  Tags: [],
});

interface Case {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: the table mixes operations of different types.
  call: (c: iam.IamClient) => Promise<any>;
  params: Record<string, string>;
  result?: string;
  output: unknown;
}

const cases: Case[] = [
  {
    name: 'ListUsers (empty input, list of structures, boolean, marker)',
    call: (c) => iam.listUsers(c),
    params: {},
    result: `<Users><member>${userXml('a')}</member></Users><IsTruncated>true</IsTruncated><Marker>m1</Marker>`,
    output: { Users: [user('a')], IsTruncated: true, Marker: 'm1' },
  },
  {
    name: 'ListUsers with no users (empty list stays an array)',
    call: (c) => iam.listUsers(c, { PathPrefix: '/x/', MaxItems: 5 }),
    params: { PathPrefix: '/x/', MaxItems: '5' },
    result: '<Users/><IsTruncated>false</IsTruncated>',
    output: { Users: [], IsTruncated: false },
  },
  {
    name: 'CreateUser (nested list of tags in and out)',
    call: (c) => iam.createUser(c, { UserName: 'bob', Tags: [{ Key: 'team', Value: 'a&b' }] }),
    params: { UserName: 'bob', 'Tags.member.1.Key': 'team', 'Tags.member.1.Value': 'a&b' },
    result: `<User>${userXml('bob')}<Tags><member><Key>team</Key><Value>a&amp;b</Value></member></Tags></User>`,
    output: { User: { ...user('bob'), Tags: [{ Key: 'team', Value: 'a&b' }] } },
  },
  {
    name: 'GetUser (PasswordLastUsed timestamp, absent members absent)',
    call: (c) => iam.getUser(c, { UserName: 'bob' }),
    params: { UserName: 'bob' },
    result: `<User>${userXml('bob')}<PasswordLastUsed>2025-01-01T00:00:00.123Z</PasswordLastUsed></User>`,
    output: { User: { ...user('bob'), PasswordLastUsed: new Date('2025-01-01T00:00:00.123Z') } },
  },
  {
    name: 'DeleteUser (no output)',
    call: (c) => iam.deleteUser(c, { UserName: 'bob' }),
    params: { UserName: 'bob' },
    output: {},
  },
  {
    name: 'CreateRole (policy document in, URL-encoded document out, integer)',
    call: (c) =>
      iam.createRole(c, { RoleName: 'r', AssumeRolePolicyDocument: policy, MaxSessionDuration: 7200 }),
    params: { RoleName: 'r', AssumeRolePolicyDocument: policy, MaxSessionDuration: '7200' },
    result: `<Role><RoleName>r</RoleName><Arn>arn:r</Arn><CreateDate>2024-05-06T07:08:09Z</CreateDate><AssumeRolePolicyDocument>${enc(policy)}</AssumeRolePolicyDocument><MaxSessionDuration>7200</MaxSessionDuration></Role>`,
    output: {
      Role: {
        RoleName: 'r',
        Arn: 'arn:r',
        CreateDate: new Date('2024-05-06T07:08:09Z'),
        AssumeRolePolicyDocument: policy,
        MaxSessionDuration: 7200,
        Tags: [],
      },
    },
  },
  {
    name: 'GetRole (nested structure RoleLastUsed, permissions boundary)',
    call: (c) => iam.getRole(c, { RoleName: 'r' }),
    params: { RoleName: 'r' },
    result:
      '<Role><RoleName>r</RoleName><RoleLastUsed><LastUsedDate>2024-01-01T00:00:00Z</LastUsedDate><Region>eu-west-1</Region></RoleLastUsed><PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>arn:pb</PermissionsBoundaryArn></PermissionsBoundary></Role>',
    output: {
      Role: {
        RoleName: 'r',
        RoleLastUsed: { LastUsedDate: new Date('2024-01-01T00:00:00Z'), Region: 'eu-west-1' },
        PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: 'arn:pb' },
        Tags: [],
      },
    },
  },
  {
    name: 'PutUserPolicy (inline policy)',
    call: (c) => iam.putUserPolicy(c, { UserName: 'u', PolicyName: 'p', PolicyDocument: policy }),
    params: { UserName: 'u', PolicyName: 'p', PolicyDocument: policy },
    output: {},
  },
  {
    name: 'GetUserPolicy (URL-encoded PolicyDocument decoded)',
    call: (c) => iam.getUserPolicy(c, { UserName: 'u', PolicyName: 'p' }),
    params: { UserName: 'u', PolicyName: 'p' },
    result: `<UserName>u</UserName><PolicyName>p</PolicyName><PolicyDocument>${enc(policy)}</PolicyDocument>`,
    output: { UserName: 'u', PolicyName: 'p', PolicyDocument: policy },
  },
  {
    name: 'ListUserPolicies (list of strings)',
    call: (c) => iam.listUserPolicies(c, { UserName: 'u' }),
    params: { UserName: 'u' },
    result: '<PolicyNames><member>only</member></PolicyNames><IsTruncated>false</IsTruncated>',
    output: { PolicyNames: ['only'], IsTruncated: false },
  },
  {
    name: 'CreatePolicy (managed policy, booleans and integers out)',
    call: (c) => iam.createPolicy(c, { PolicyName: 'mp', PolicyDocument: policy, Description: 'd' }),
    params: { PolicyName: 'mp', PolicyDocument: policy, Description: 'd' },
    result:
      '<Policy><PolicyName>mp</PolicyName><Arn>arn:mp</Arn><AttachmentCount>0</AttachmentCount><IsAttachable>true</IsAttachable><DefaultVersionId>v1</DefaultVersionId><UpdateDate>2024-05-06T07:08:09Z</UpdateDate></Policy>',
    output: {
      Policy: {
        PolicyName: 'mp',
        Arn: 'arn:mp',
        AttachmentCount: 0,
        IsAttachable: true,
        DefaultVersionId: 'v1',
        UpdateDate: new Date('2024-05-06T07:08:09Z'),
        Tags: [],
      },
    },
  },
  {
    name: 'GetPolicyVersion (Document decoded, IsDefaultVersion boolean)',
    call: (c) => iam.getPolicyVersion(c, { PolicyArn: 'arn:mp', VersionId: 'v1' }),
    params: { PolicyArn: 'arn:mp', VersionId: 'v1' },
    result: `<PolicyVersion><Document>${enc(policy)}</Document><VersionId>v1</VersionId><IsDefaultVersion>false</IsDefaultVersion></PolicyVersion>`,
    output: { PolicyVersion: { Document: policy, VersionId: 'v1', IsDefaultVersion: false } },
  },
  {
    name: 'AttachRolePolicy',
    call: (c) => iam.attachRolePolicy(c, { RoleName: 'r', PolicyArn: 'arn:mp' }),
    params: { RoleName: 'r', PolicyArn: 'arn:mp' },
    output: {},
  },
  {
    name: 'ListAttachedRolePolicies',
    call: (c) => iam.listAttachedRolePolicies(c, { RoleName: 'r' }),
    params: { RoleName: 'r' },
    result:
      '<AttachedPolicies><member><PolicyName>a</PolicyName><PolicyArn>arn:a</PolicyArn></member><member><PolicyName>b</PolicyName><PolicyArn>arn:b</PolicyArn></member></AttachedPolicies>',
    output: {
      AttachedPolicies: [
        { PolicyName: 'a', PolicyArn: 'arn:a' },
        { PolicyName: 'b', PolicyArn: 'arn:b' },
      ],
    },
  },
  {
    name: 'CreateAccessKey',
    call: (c) => iam.createAccessKey(c, { UserName: 'u' }),
    params: { UserName: 'u' },
    result:
      '<AccessKey><UserName>u</UserName><AccessKeyId>AKIA1</AccessKeyId><Status>Active</Status><SecretAccessKey>s3cr3t</SecretAccessKey><CreateDate>2024-05-06T07:08:09Z</CreateDate></AccessKey>',
    output: {
      AccessKey: {
        UserName: 'u',
        AccessKeyId: 'AKIA1',
        Status: 'Active',
        SecretAccessKey: 's3cr3t',
        CreateDate: new Date('2024-05-06T07:08:09Z'),
      },
    },
  },
  {
    name: 'UpdateAccessKey (enum)',
    call: (c) => iam.updateAccessKey(c, { UserName: 'u', AccessKeyId: 'AKIA1', Status: 'Inactive' }),
    params: { UserName: 'u', AccessKeyId: 'AKIA1', Status: 'Inactive' },
    output: {},
  },
  {
    name: 'UntagRole (list of strings in)',
    call: (c) => iam.untagRole(c, { RoleName: 'r', TagKeys: ['a', 'b'] }),
    params: { RoleName: 'r', 'TagKeys.member.1': 'a', 'TagKeys.member.2': 'b' },
    output: {},
  },
  {
    name: 'CreateInstanceProfile (nested list of roles)',
    call: (c) => iam.createInstanceProfile(c, { InstanceProfileName: 'ip', Path: '/p/' }),
    params: { InstanceProfileName: 'ip', Path: '/p/' },
    result:
      '<InstanceProfile><InstanceProfileName>ip</InstanceProfileName><Path>/p/</Path><Roles/><CreateDate>2024-05-06T07:08:09Z</CreateDate></InstanceProfile>',
    output: {
      InstanceProfile: {
        InstanceProfileName: 'ip',
        Path: '/p/',
        Roles: [],
        CreateDate: new Date('2024-05-06T07:08:09Z'),
        Tags: [],
      },
    },
  },
  {
    name: 'GetAccountSummary (map of integers)',
    call: (c) => iam.getAccountSummary(c),
    params: {},
    result:
      '<SummaryMap><entry><key>Users</key><value>3</value></entry><entry><key>UsersQuota</key><value>5000</value></entry></SummaryMap>',
    output: { SummaryMap: { Users: 3, UsersQuota: 5000 } },
  },
  {
    name: 'CreateVirtualMFADevice (blobs out)',
    call: (c) => iam.createVirtualMFADevice(c, { VirtualMFADeviceName: 'mfa' }),
    params: { VirtualMFADeviceName: 'mfa' },
    result:
      '<VirtualMFADevice><SerialNumber>arn:mfa</SerialNumber><Base32StringSeed>SkJTV1k=</Base32StringSeed><QRCodePNG>iVBORw==</QRCodePNG></VirtualMFADevice>',
    output: {
      VirtualMFADevice: {
        SerialNumber: 'arn:mfa',
        Base32StringSeed: new TextEncoder().encode('JBSWY'),
        QRCodePNG: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
        Tags: [],
      },
    },
  },
  {
    name: 'GetCredentialReport (blob content, timestamp)',
    call: (c) => iam.getCredentialReport(c),
    params: {},
    result:
      '<Content>dXNlcixhcm4=</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2024-05-06T07:08:09Z</GeneratedTime>',
    output: {
      Content: new TextEncoder().encode('user,arn'),
      ReportFormat: 'text/csv',
      GeneratedTime: new Date('2024-05-06T07:08:09Z'),
    },
  },
  {
    name: 'UpdateAccountPasswordPolicy (booleans and integers in)',
    call: (c) =>
      iam.updateAccountPasswordPolicy(c, {
        MinimumPasswordLength: 14,
        RequireSymbols: true,
        HardExpiry: false,
      }),
    params: { MinimumPasswordLength: '14', RequireSymbols: 'true', HardExpiry: 'false' },
    output: {},
  },
  {
    name: 'CreateOpenIDConnectProvider (two string lists in)',
    call: (c) =>
      iam.createOpenIDConnectProvider(c, {
        Url: 'https://idp.example.com',
        ClientIDList: ['c1'],
        ThumbprintList: ['a'.repeat(40), 'b'.repeat(40)],
      }),
    params: {
      Url: 'https://idp.example.com',
      'ClientIDList.member.1': 'c1',
      'ThumbprintList.member.1': 'a'.repeat(40),
      'ThumbprintList.member.2': 'b'.repeat(40),
    },
    result: '<OpenIDConnectProviderArn>arn:oidc</OpenIDConnectProviderArn>',
    output: { OpenIDConnectProviderArn: 'arn:oidc', Tags: [] },
  },
  {
    name: 'SimulateCustomPolicy (nested lists of structures with lists, map out)',
    call: (c) =>
      iam.simulateCustomPolicy(c, {
        PolicyInputList: [policy],
        ActionNames: ['s3:GetObject'],
        ContextEntries: [
          { ContextKeyName: 'aws:SourceIp', ContextKeyValues: ['10.0.0.1'], ContextKeyType: 'ip' },
        ],
      }),
    params: {
      'PolicyInputList.member.1': policy,
      'ActionNames.member.1': 's3:GetObject',
      'ContextEntries.member.1.ContextKeyName': 'aws:SourceIp',
      'ContextEntries.member.1.ContextKeyValues.member.1': '10.0.0.1',
      'ContextEntries.member.1.ContextKeyType': 'ip',
    },
    result:
      '<EvaluationResults><member><EvalActionName>s3:GetObject</EvalActionName><EvalDecision>allowed</EvalDecision><EvalDecisionDetails><entry><key>p1</key><value>allowed</value></entry></EvalDecisionDetails><MissingContextValues/></member></EvaluationResults><IsTruncated>false</IsTruncated>',
    output: {
      EvaluationResults: [
        {
          EvalActionName: 's3:GetObject',
          EvalDecision: 'allowed',
          EvalDecisionDetails: { p1: 'allowed' },
          MissingContextValues: [],
          MatchedStatements: [],
          ResourceSpecificResults: [],
        },
      ],
      IsTruncated: false,
    },
  },
  {
    name: 'AddUserToGroup',
    call: (c) => iam.addUserToGroup(c, { GroupName: 'g', UserName: 'u' }),
    params: { GroupName: 'g', UserName: 'u' },
    output: {},
  },
  {
    name: 'GetGroup (structure plus list)',
    call: (c) => iam.getGroup(c, { GroupName: 'g' }),
    params: { GroupName: 'g' },
    result: `<Group><GroupName>g</GroupName><Path>/</Path></Group><Users><member>${userXml('u')}</member></Users><IsTruncated>false</IsTruncated>`,
    output: { Group: { GroupName: 'g', Path: '/' }, Users: [user('u')], IsTruncated: false },
  },
];

describe('operations over an injected fetch', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const operation = testCase.name.split(' ')[0]!;
      const { client: c, requests } = client((req) => {
        const action = req.params.Action!;
        return testCase.result === undefined
          ? new Response(
              `<${action}Response><ResponseMetadata><RequestId>x</RequestId></ResponseMetadata></${action}Response>`,
            )
          : ok(action, testCase.result);
      });
      const output = await testCase.call(c);
      expect(requests).toHaveLength(1);
      const request = requests[0]!;
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
      expect(request.headers.authorization).toMatch(/^TEST /);
      const { Action, Version, ...rest } = request.params;
      expect(Action).toBe(operation);
      expect(Version).toBe('2010-05-08');
      expect(rest).toEqual(testCase.params);
      expect(output).toEqual(testCase.output);
    });
  }

  it('covers at least 20 distinct operations', () => {
    expect(new Set(cases.map((c) => c.name.split(' ')[0])).size).toBeGreaterThanOrEqual(20);
  });
});

describe('the operation list', () => {
  it('has one function per operation in the generated runtime, named after it', () => {
    const schemaNames = Object.entries(runtime)
      .filter(([, v]) => typeof v === 'object' && v !== null && 'errors' in v && 'name' in v)
      .map(([k]) => k)
      .sort();
    expect(schemaNames).toHaveLength(176);
    for (const name of schemaNames) {
      const fn = (iam as Record<string, unknown>)[name[0]!.toLowerCase() + name.slice(1)] as {
        operationName: string;
      };
      expect(typeof fn, name).toBe('function');
      expect(fn.operationName).toBe(name);
    }
  });

  it('send() reaches any operation by name and rejects unknown names', async () => {
    const { client: c, requests } = client((req) => ok(req.params.Action!, '<Users/>'));
    await expect(iam.send(c, 'ListUsers', { MaxItems: 1 })).resolves.toEqual({ Users: [] });
    const withSend = iam.withSend(c, iam.send);
    await expect(withSend.send('ListUsers')).resolves.toEqual({ Users: [] });
    expect(requests.map((r) => r.params.Action)).toEqual(['ListUsers', 'ListUsers']);
    expect(() => iam.send(c, 'NoSuchOperation' as 'ListUsers')).toThrow(/Unknown operation/);
    expect(() => iam.send(c, 'service' as 'ListUsers')).toThrow(/Unknown operation/);
  });
});
