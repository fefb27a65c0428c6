import { ids, isoSeconds } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { QueryAction } from './ActionContext.js';
import { find } from './find.js';
import { paginate } from './paginate.js';
import { entityName, pathParam } from './params.js';
import { views } from './views.js';

/** IAM groups and their members. */
export const groupActions: Record<string, QueryAction> = {
  CreateGroup: ({ state, params, now }) => {
    const name = entityName(params, 'GroupName', 128);
    const path = pathParam(params);
    if (state.groups[name])
      throw new LocalError('EntityAlreadyExists', `Group with name ${name} already exists.`, 409);
    const group = {
      name,
      id: ids.iam('AGPA'),
      path,
      created: isoSeconds(now),
      members: [],
      inline: {},
      attached: [],
    };
    state.groups[name] = group;
    return { Group: views.group(state, group) };
  },
  GetGroup: ({ state, params }) => {
    const group = find.group(state, entityName(params, 'GroupName', 128));
    const users = group.members.flatMap((name) => (state.users[name] ? [state.users[name]] : []));
    const { page, ...more } = paginate(users, params);
    return { Group: views.group(state, group), Users: page.map((user) => views.user(state, user)), ...more };
  },
  ListGroups: ({ state, params }) => {
    const prefix = params.get('PathPrefix') ?? '/';
    const groups = Object.values(state.groups)
      .filter((group) => group.path.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(groups, params);
    return { Groups: page.map((group) => views.group(state, group)), ...more };
  },
  DeleteGroup: ({ state, params }) => {
    const group = find.group(state, entityName(params, 'GroupName', 128));
    const conflict = (what: string) =>
      new LocalError('DeleteConflict', `Cannot delete entity, must ${what} first.`, 409);
    if (group.members.length > 0) throw conflict('remove users from group');
    if (Object.keys(group.inline).length > 0) throw conflict('delete policies');
    if (group.attached.length > 0) throw conflict('detach all policies');
    delete state.groups[group.name];
    return undefined;
  },
  AddUserToGroup: ({ state, params }) => {
    const group = find.group(state, entityName(params, 'GroupName', 128));
    const user = find.user(state, entityName(params, 'UserName'));
    if (!group.members.includes(user.name)) group.members.push(user.name);
    return undefined;
  },
  RemoveUserFromGroup: ({ state, params }) => {
    const group = find.group(state, entityName(params, 'GroupName', 128));
    const user = find.user(state, entityName(params, 'UserName'));
    if (!group.members.includes(user.name)) {
      throw new LocalError('NoSuchEntity', `User ${user.name} is not in group ${group.name}.`, 404);
    }
    group.members = group.members.filter((member) => member !== user.name);
    return undefined;
  },
  ListGroupsForUser: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    const groups = Object.values(state.groups).filter((group) => group.members.includes(user.name));
    const { page, ...more } = paginate(groups, params);
    return { Groups: page.map((group) => views.group(state, group)), ...more };
  },
};
