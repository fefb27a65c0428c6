import { LocalError } from '../server/LocalError.js';
import type { CognitoGroup, UserPool } from '../store/State.js';
import type { CognitoAction } from './CognitoContext.js';
import { field, lookup } from './lookup.js';
import { paginateResults } from './paginateResults.js';
import { userView } from './userView.js';

const view = (pool: UserPool, group: CognitoGroup) => ({
  GroupName: group.name,
  UserPoolId: pool.id,
  Description: group.description,
  RoleArn: group.roleArn,
  Precedence: group.precedence,
  LastModifiedDate: group.created / 1000,
  CreationDate: group.created / 1000,
});

const findGroup = (pool: UserPool, name: string): CognitoGroup => {
  const group = Object.hasOwn(pool.groups, name) ? pool.groups[name] : undefined;
  if (!group) throw new LocalError('ResourceNotFoundException', 'Group not found.');
  return group;
};

/** Groups of a pool and their members (they appear in tokens as `cognito:groups`). */
export const groupActions: Record<string, CognitoAction> = {
  CreateGroup: ({ state, input, now }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const name = field(input, 'GroupName');
    if (Object.hasOwn(pool.groups, name))
      throw new LocalError('GroupExistsException', 'A group with the name already exists.');
    const group: CognitoGroup = {
      name,
      description: typeof input.Description === 'string' ? input.Description : undefined,
      precedence: typeof input.Precedence === 'number' ? input.Precedence : undefined,
      roleArn: typeof input.RoleArn === 'string' ? input.RoleArn : undefined,
      created: now,
      members: [],
    };
    pool.groups[name] = group;
    return { Group: view(pool, group) };
  },
  GetGroup: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    return { Group: view(pool, findGroup(pool, field(input, 'GroupName'))) };
  },
  ListGroups: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const { page, next } = paginateResults(Object.values(pool.groups), input, 'Limit', 'NextToken', 60);
    return { Groups: page.map((group) => view(pool, group)), NextToken: next };
  },
  DeleteGroup: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    delete pool.groups[findGroup(pool, field(input, 'GroupName')).name];
    return {};
  },
  AdminAddUserToGroup: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const user = lookup.user(pool, field(input, 'Username'));
    const group = findGroup(pool, field(input, 'GroupName'));
    if (!group.members.includes(user.username)) group.members.push(user.username);
    return {};
  },
  AdminRemoveUserFromGroup: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const user = lookup.user(pool, field(input, 'Username'));
    const group = findGroup(pool, field(input, 'GroupName'));
    group.members = group.members.filter((member) => member !== user.username);
    return {};
  },
  ListUsersInGroup: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const group = findGroup(pool, field(input, 'GroupName'));
    const users = group.members.flatMap((name) => (pool.users[name] ? [pool.users[name]] : []));
    const { page, next } = paginateResults(users, input, 'Limit', 'NextToken', 60);
    return { Users: page.map((user) => userView(user)), NextToken: next };
  },
  AdminListGroupsForUser: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const user = lookup.user(pool, field(input, 'Username'));
    const groups = Object.values(pool.groups).filter((group) => group.members.includes(user.username));
    const { page, next } = paginateResults(groups, input, 'Limit', 'NextToken', 60);
    return { Groups: page.map((group) => view(pool, group)), NextToken: next };
  },
};
