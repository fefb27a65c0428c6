import { ids, isoSeconds } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { ActionContext, QueryAction } from './ActionContext.js';
import { find } from './find.js';
import { paginate } from './paginate.js';
import { entityName, pathParam } from './params.js';
import { mergeTags, readTags, removeTags } from './tagging.js';
import { views } from './views.js';

const userFor = ({ state, params, caller }: ActionContext) => {
  const name = params.get('UserName') ?? caller.userName;
  return name === undefined ? undefined : find.user(state, name);
};

/** IAM users: create, read, list, rename, delete, tag. */
export const userActions: Record<string, QueryAction> = {
  CreateUser: ({ state, params, now }) => {
    const name = entityName(params, 'UserName');
    const path = pathParam(params);
    if (state.users[name])
      throw new LocalError('EntityAlreadyExists', `User with name ${name} already exists.`, 409);
    const user = {
      name,
      id: ids.iam('AIDA'),
      path,
      created: isoSeconds(now),
      tags: mergeTags([], readTags(params)),
      inline: {},
      attached: [],
    };
    state.users[name] = user;
    return { User: views.user(state, user, true) };
  },
  GetUser: (context) => {
    const user = userFor(context);
    if (!user) {
      const { state, caller } = context;
      return { User: { UserId: state.accountId, Arn: caller.arn, CreateDate: isoSeconds(0) } };
    }
    return { User: views.user(context.state, user, true) };
  },
  ListUsers: ({ state, params }) => {
    const prefix = params.get('PathPrefix') ?? '/';
    const users = Object.values(state.users)
      .filter((user) => user.path.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(users, params);
    return { Users: page.map((user) => views.user(state, user)), ...more };
  },
  UpdateUser: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    const newName = params.has('NewUserName') ? entityName(params, 'NewUserName') : user.name;
    if (newName !== user.name && state.users[newName]) {
      throw new LocalError('EntityAlreadyExists', `User with name ${newName} already exists.`, 409);
    }
    if (params.has('NewPath')) user.path = pathParam(params, 'NewPath');
    if (newName !== user.name) {
      delete state.users[user.name];
      for (const group of Object.values(state.groups)) {
        group.members = group.members.map((member) => (member === user.name ? newName : member));
      }
      for (const key of Object.values(state.accessKeys))
        if (key.userName === user.name) key.userName = newName;
      user.name = newName;
      state.users[newName] = user;
    }
    return undefined;
  },
  DeleteUser: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    const conflict = (what: string) =>
      new LocalError('DeleteConflict', `Cannot delete entity, must ${what} first.`, 409);
    if (Object.values(state.accessKeys).some((key) => key.userName === user.name))
      throw conflict('delete access keys');
    if (user.loginProfile) throw conflict('delete login profile');
    if (Object.keys(user.inline).length > 0) throw conflict('delete policies');
    if (user.attached.length > 0) throw conflict('detach all policies');
    if (Object.values(state.groups).some((group) => group.members.includes(user.name))) {
      throw conflict('remove users from group');
    }
    delete state.users[user.name];
    return undefined;
  },
  TagUser: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    user.tags = mergeTags(user.tags, readTags(params));
    return undefined;
  },
  UntagUser: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    user.tags = removeTags(user.tags, params);
    return undefined;
  },
  ListUserTags: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    const { page, ...more } = paginate(user.tags, params);
    return { Tags: page, ...more };
  },
};
