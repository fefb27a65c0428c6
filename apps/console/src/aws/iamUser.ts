import {
  attachUserPolicy,
  createAccessKey,
  createUser,
  deleteAccessKey,
  deleteLoginProfile,
  deleteUser,
  deleteUserPolicy,
  detachUserPolicy,
  getPolicy,
  getPolicyVersion,
  getUser,
  getUserPolicy,
  type IamShapes,
  isAwsServiceError,
  listAccessKeys,
  listAttachedUserPolicies,
  listGroupsForUser,
  listPolicies,
  listUserPolicies,
  removeUserFromGroup,
} from '@iamkit/iam';
import type { Connection } from '../connections/Connection.js';
import { iamClientFor } from './iamClientFor.js';
import { prettyJson } from './prettyJson.js';

type Shapes = IamShapes['schemas'];

/** A policy with its document, pretty-printed (IAM sends documents URL-encoded; the client decodes them). */
export interface PolicyWithDocument {
  name: string;
  arn?: string;
  document: string;
}

export interface UserDetails {
  user: Shapes['User'];
  groups: Shapes['Group'][];
  attached: PolicyWithDocument[];
  inline: PolicyWithDocument[];
  accessKeys: Shapes['AccessKeyMetadata'][];
}

/** Everything the user's page shows, read in parallel. */
export async function getUserDetails(connection: Connection, userName: string): Promise<UserDetails> {
  const client = iamClientFor(connection);
  const [{ User: user }, groups, attached, inlineNames, keys] = await Promise.all([
    getUser(client, { UserName: userName }),
    listGroupsForUser(client, { UserName: userName, MaxItems: 100 }),
    listAttachedUserPolicies(client, { UserName: userName, MaxItems: 100 }),
    listUserPolicies(client, { UserName: userName, MaxItems: 100 }),
    listAccessKeys(client, { UserName: userName, MaxItems: 100 }),
  ]);
  const attachedWithDocuments = await Promise.all(
    (attached.AttachedPolicies ?? []).map(async ({ PolicyArn, PolicyName }) => {
      const { Policy } = await getPolicy(client, { PolicyArn: PolicyArn! });
      const { PolicyVersion } = await getPolicyVersion(client, {
        PolicyArn: PolicyArn!,
        VersionId: Policy?.DefaultVersionId ?? 'v1',
      });
      return { name: PolicyName ?? '', arn: PolicyArn!, document: prettyJson(PolicyVersion?.Document) };
    }),
  );
  const inline = await Promise.all(
    inlineNames.PolicyNames.map(async (name) => {
      const output = await getUserPolicy(client, { UserName: userName, PolicyName: name });
      return { name, document: prettyJson(output.PolicyDocument) };
    }),
  );
  return {
    user,
    groups: groups.Groups,
    attached: attachedWithDocuments,
    inline,
    accessKeys: keys.AccessKeyMetadata,
  };
}

/** Creates a user. */
export async function createIamUser(connection: Connection, userName: string): Promise<void> {
  await createUser(iamClientFor(connection), { UserName: userName });
}

/**
 * Deletes a user with what IAM requires to be gone first: access keys, login profile, inline and
 * attached policies, group memberships.
 */
export async function deleteIamUser(connection: Connection, userName: string): Promise<void> {
  const client = iamClientFor(connection);
  const details = await getUserDetails(connection, userName);
  await Promise.all([
    ...details.accessKeys.map((key) =>
      deleteAccessKey(client, { UserName: userName, AccessKeyId: key.AccessKeyId! }),
    ),
    ...details.inline.map((policy) =>
      deleteUserPolicy(client, { UserName: userName, PolicyName: policy.name }),
    ),
    ...details.attached.map((policy) =>
      detachUserPolicy(client, { UserName: userName, PolicyArn: policy.arn! }),
    ),
    ...details.groups.map((group) =>
      removeUserFromGroup(client, { UserName: userName, GroupName: group.GroupName }),
    ),
    deleteLoginProfile(client, { UserName: userName }).catch((error: unknown) => {
      if (!isAwsServiceError(error) || error.code !== 'NoSuchEntity') throw error;
    }),
  ]);
  await deleteUser(client, { UserName: userName });
}

/** The account's own managed policies, for the attach form (first 100). */
export async function attachablePolicies(connection: Connection): Promise<Shapes['Policy'][]> {
  const output = await listPolicies(iamClientFor(connection), { Scope: 'Local', MaxItems: 100 });
  return output.Policies ?? [];
}

export async function attachPolicy(
  connection: Connection,
  userName: string,
  policyArn: string,
): Promise<void> {
  await attachUserPolicy(iamClientFor(connection), { UserName: userName, PolicyArn: policyArn });
}

export async function detachPolicy(
  connection: Connection,
  userName: string,
  policyArn: string,
): Promise<void> {
  await detachUserPolicy(iamClientFor(connection), { UserName: userName, PolicyArn: policyArn });
}

/** A new access key: its secret is in the answer this once and never again. */
export async function createUserAccessKey(
  connection: Connection,
  userName: string,
): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const { AccessKey } = await createAccessKey(iamClientFor(connection), { UserName: userName });
  return { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey };
}

export async function deleteUserAccessKey(
  connection: Connection,
  userName: string,
  accessKeyId: string,
): Promise<void> {
  await deleteAccessKey(iamClientFor(connection), { UserName: userName, AccessKeyId: accessKeyId });
}
