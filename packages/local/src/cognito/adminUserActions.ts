import { ids } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { CognitoAction } from './CognitoContext.js';
import { filterUsers } from './filterUsers.js';
import { field, lookup } from './lookup.js';
import { newUser } from './newUser.js';
import { paginateResults } from './paginateResults.js';
import { checkPasswordPolicy, setPassword } from './passwords.js';
import { readAttributes } from './readAttributes.js';
import { attributeList, mfaView, userView } from './userView.js';

/** Users as an administrator (signed calls) manages them. */
export const adminUserActions: Record<string, CognitoAction> = {
  AdminCreateUser: ({ state, input, now }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const username = field(input, 'Username');
    const user = newUser(pool, username, readAttributes(input.UserAttributes), 'FORCE_CHANGE_PASSWORD', now);
    const temporary =
      typeof input.TemporaryPassword === 'string' ? input.TemporaryPassword : `Tmp-${ids.code()}aA!`;
    checkPasswordPolicy(pool.passwordPolicy, temporary);
    setPassword(pool, user, temporary);
    pool.users[user.username] = user;
    return { User: userView(user) };
  },
  AdminGetUser: ({ state, input }) => {
    const user = lookup.user(lookup.pool(state, field(input, 'UserPoolId')), field(input, 'Username'));
    return {
      Username: user.username,
      UserAttributes: attributeList(user),
      UserCreateDate: user.created / 1000,
      UserLastModifiedDate: user.modified / 1000,
      Enabled: user.enabled,
      UserStatus: user.status,
      ...mfaView(user),
    };
  },
  ListUsers: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const only = Array.isArray(input.AttributesToGet) ? (input.AttributesToGet as string[]) : undefined;
    const users = filterUsers(
      Object.values(pool.users),
      typeof input.Filter === 'string' ? input.Filter : undefined,
    );
    const { page, next } = paginateResults(users, input, 'Limit', 'PaginationToken', 60);
    return { Users: page.map((user) => userView(user, only)), PaginationToken: next };
  },
  AdminDisableUser: ({ state, input, now }) => {
    const user = lookup.user(lookup.pool(state, field(input, 'UserPoolId')), field(input, 'Username'));
    user.enabled = false;
    user.modified = now;
    return {};
  },
  AdminEnableUser: ({ state, input, now }) => {
    const user = lookup.user(lookup.pool(state, field(input, 'UserPoolId')), field(input, 'Username'));
    user.enabled = true;
    user.modified = now;
    return {};
  },
  AdminDeleteUser: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const user = lookup.user(pool, field(input, 'Username'));
    delete pool.users[user.username];
    for (const group of Object.values(pool.groups))
      group.members = group.members.filter((m) => m !== user.username);
    return {};
  },
  AdminSetUserPassword: ({ state, input, now }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const user = lookup.user(pool, field(input, 'Username'));
    const password = field(input, 'Password');
    checkPasswordPolicy(pool.passwordPolicy, password);
    setPassword(pool, user, password);
    user.status = input.Permanent === true ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
    user.modified = now;
    return {};
  },
  AdminResetUserPassword: ({ state, input, now }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    const user = lookup.user(pool, field(input, 'Username'));
    user.status = 'RESET_REQUIRED';
    user.modified = now;
    pool.codes[user.username] = ids.code();
    return {};
  },
  AdminConfirmSignUp: ({ state, input, now }) => {
    const user = lookup.user(lookup.pool(state, field(input, 'UserPoolId')), field(input, 'Username'));
    if (user.status !== 'UNCONFIRMED') {
      throw new LocalError(
        'NotAuthorizedException',
        `User cannot be confirmed. Current status is ${user.status}`,
      );
    }
    user.status = 'CONFIRMED';
    user.modified = now;
    return {};
  },
  AdminUpdateUserAttributes: ({ state, input, now }) => {
    const user = lookup.user(lookup.pool(state, field(input, 'UserPoolId')), field(input, 'Username'));
    Object.assign(user.attributes, readAttributes(input.UserAttributes));
    user.modified = now;
    return {};
  },
  AdminDeleteUserAttributes: ({ state, input, now }) => {
    const user = lookup.user(lookup.pool(state, field(input, 'UserPoolId')), field(input, 'Username'));
    for (const name of (input.UserAttributeNames as string[] | undefined) ?? []) delete user.attributes[name];
    user.modified = now;
    return {};
  },
  AdminUserGlobalSignOut: ({ state, input }) => {
    const user = lookup.user(lookup.pool(state, field(input, 'UserPoolId')), field(input, 'Username'));
    for (const grant of Object.values(state.refreshTokens))
      if (grant.username === user.username) grant.revoked = true;
    return {};
  },
};
