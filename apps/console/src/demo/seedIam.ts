import {
  addUserToGroup,
  attachGroupPolicy,
  attachUserPolicy,
  createGroup,
  createPolicy,
  createRole,
  createUser,
  putUserPolicy,
} from '@iamkit/iam';
import { iamClientFor } from '../aws/iamClientFor.js';
import type { Connection } from '../connections/Connection.js';

/** 23 users: more than a page (10), so the demo shows pagination. */
export const DEMO_IAM_USERS = [
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'frank',
  'grace',
  'heidi',
  'ivan',
  'judy',
  'mallory',
  'niaj',
  'olivia',
  'peggy',
  'rupert',
  'sybil',
  'trent',
  'victor',
  'walter',
  'xavier',
  'yvonne',
  'zoe',
  'ci-deployer',
];

const document = (statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statement });

const POLICIES: Record<string, string> = {
  ReadOnlyIam: document([{ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }]),
  DeployApp: document([
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:GetObject'],
      Resource: 'arn:aws:s3:::demo-app-artifacts/*',
    },
    { Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: 'arn:aws:lambda:*:*:function:demo-*' },
  ]),
  BillingViewer: document([{ Effect: 'Allow', Action: ['aws-portal:View*', 'ce:Get*'], Resource: '*' }]),
  ManageCognitoUsers: document([{ Effect: 'Allow', Action: 'cognito-idp:Admin*', Resource: '*' }]),
};

const GROUPS: Record<string, { policies: string[]; members: string[] }> = {
  admins: { policies: ['ReadOnlyIam', 'ManageCognitoUsers'], members: ['alice', 'bob'] },
  developers: { policies: ['DeployApp'], members: ['carol', 'dave', 'erin', 'frank', 'ci-deployer'] },
  auditors: { policies: ['ReadOnlyIam', 'BillingViewer'], members: ['grace', 'heidi'] },
};

const trust = (principal: object, condition?: object) =>
  document([
    {
      Effect: 'Allow',
      Principal: principal,
      Action: 'sts:AssumeRole',
      ...(condition ? { Condition: condition } : {}),
    },
  ]);

/** The demo account's IAM: managed policies, groups with members, users, roles. */
export async function seedIam(connection: Connection, accountId: string): Promise<void> {
  const client = iamClientFor(connection);
  const arns: Record<string, string> = {};
  for (const [name, policy] of Object.entries(POLICIES)) {
    const { Policy } = await createPolicy(client, {
      PolicyName: name,
      PolicyDocument: policy,
      Description: `Demo: ${name}`,
    });
    arns[name] = Policy!.Arn!;
  }
  await Promise.all(
    DEMO_IAM_USERS.map((name) =>
      createUser(client, { UserName: name, Tags: [{ Key: 'demo', Value: 'true' }] }),
    ),
  );
  for (const [group, { policies, members }] of Object.entries(GROUPS)) {
    await createGroup(client, { GroupName: group });
    for (const policy of policies)
      await attachGroupPolicy(client, { GroupName: group, PolicyArn: arns[policy]! });
    for (const member of members) await addUserToGroup(client, { GroupName: group, UserName: member });
  }
  await attachUserPolicy(client, { UserName: 'alice', PolicyArn: arns.BillingViewer! });
  await putUserPolicy(client, {
    UserName: 'alice',
    PolicyName: 'ManageOwnAccessKeys',
    PolicyDocument: document([
      {
        Effect: 'Allow',
        Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys'],
        Resource: `arn:aws:iam::${accountId}:user/alice`,
      },
    ]),
  });
  await createRole(client, {
    RoleName: 'app-runtime',
    Description: 'Assumed by the demo app’s Lambda functions',
    AssumeRolePolicyDocument: trust({ Service: 'lambda.amazonaws.com' }),
  });
  await createRole(client, {
    RoleName: 'ci-deploy',
    Description: 'Assumed by CI with an external id',
    AssumeRolePolicyDocument: trust(
      { AWS: `arn:aws:iam::${accountId}:root` },
      { StringEquals: { 'sts:ExternalId': 'demo-ci' } },
    ),
  });
  await createRole(client, {
    RoleName: 'auditor',
    Description: 'Read-only access for auditors',
    AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${accountId}:root` }),
  });
}
