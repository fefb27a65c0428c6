import type { State } from '../store/State.js';
import type { QueryParams } from '../wire/memberList.js';
import { arns } from './arns.js';

const LIST_RESOURCES: Record<string, string> = {
  ListUsers: 'user/',
  ListGroups: 'group/',
  ListRoles: 'role/',
  ListPolicies: 'policy/',
  ListInstanceProfiles: 'instance-profile/',
};

/**
 * The resource ARN IAM authorises an action against: the entity the request names (with its
 * path when it exists), the collection for List actions, else `*`.
 */
export function requestResource(
  state: State,
  action: string,
  params: QueryParams,
  callerUser?: string,
): string {
  const account = state.accountId;
  const policyArn = params.get('PolicyArn');
  if (policyArn !== undefined) return policyArn;
  const role = params.get('RoleName');
  if (role !== undefined && !action.includes('InstanceProfile')) {
    return arns.role(account, state.roles[role]?.path ?? '/', role);
  }
  const group = params.get('GroupName');
  if (group !== undefined) return arns.group(account, state.groups[group]?.path ?? '/', group);
  const profile = params.get('InstanceProfileName');
  if (profile !== undefined)
    return arns.instanceProfile(account, state.instanceProfiles[profile]?.path ?? '/', profile);
  const user =
    params.get('UserName') ?? (action.includes('AccessKey') || action === 'GetUser' ? callerUser : undefined);
  if (user !== undefined) return arns.user(account, state.users[user]?.path ?? '/', user);
  const collection = LIST_RESOURCES[action];
  return collection ? `arn:aws:iam::${account}:${collection}` : '*';
}
