import { ids, isoSeconds } from '../ids.js';
import { parsePolicyDocument } from '../policy/parsePolicyDocument.js';
import { LocalError } from '../server/LocalError.js';
import type { QueryAction } from './ActionContext.js';
import { find } from './find.js';
import { paginate } from './paginate.js';
import { entityName, pathParam, required } from './params.js';
import { mergeTags, readTags, removeTags } from './tagging.js';
import { views } from './views.js';

const sessionDuration = (value: string | undefined): number => {
  const seconds = Number(value ?? '3600');
  if (!Number.isInteger(seconds) || seconds < 3600 || seconds > 43200) {
    throw new LocalError(
      'ValidationError',
      `1 validation error detected: Value '${value}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200`,
    );
  }
  return seconds;
};

/** IAM roles and their trust policies. */
export const roleActions: Record<string, QueryAction> = {
  CreateRole: ({ state, params, now }) => {
    const name = entityName(params, 'RoleName');
    const path = pathParam(params);
    const trustPolicy = required(params, 'AssumeRolePolicyDocument');
    parsePolicyDocument(trustPolicy, 'trust');
    const maxSessionDuration = sessionDuration(params.get('MaxSessionDuration'));
    if (state.roles[name])
      throw new LocalError('EntityAlreadyExists', `Role with name ${name} already exists.`, 409);
    const role = {
      name,
      id: ids.iam('AROA'),
      path,
      created: isoSeconds(now),
      trustPolicy,
      description: params.get('Description'),
      maxSessionDuration,
      tags: mergeTags([], readTags(params)),
      inline: {},
      attached: [],
    };
    state.roles[name] = role;
    return { Role: views.role(state, role, true) };
  },
  GetRole: ({ state, params }) => ({
    // AWS's GetRole always has RoleLastUsed (empty until the role is used).
    Role: { ...views.role(state, find.role(state, entityName(params, 'RoleName')), true), RoleLastUsed: {} },
  }),
  ListRoles: ({ state, params }) => {
    const prefix = params.get('PathPrefix') ?? '/';
    const roles = Object.values(state.roles)
      .filter((role) => role.path.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(roles, params);
    return { Roles: page.map((role) => views.role(state, role)), ...more };
  },
  UpdateRole: ({ state, params }) => {
    const role = find.role(state, entityName(params, 'RoleName'));
    if (params.has('MaxSessionDuration'))
      role.maxSessionDuration = sessionDuration(params.get('MaxSessionDuration'));
    if (params.has('Description')) role.description = params.get('Description');
    return {};
  },
  UpdateAssumeRolePolicy: ({ state, params }) => {
    const role = find.role(state, entityName(params, 'RoleName'));
    const document = required(params, 'PolicyDocument');
    parsePolicyDocument(document, 'trust');
    role.trustPolicy = document;
    return undefined;
  },
  DeleteRole: ({ state, params }) => {
    const role = find.role(state, entityName(params, 'RoleName'));
    const conflict = (what: string) =>
      new LocalError('DeleteConflict', `Cannot delete entity, must ${what} first.`, 409);
    if (role.attached.length > 0) throw conflict('detach all policies');
    if (Object.keys(role.inline).length > 0) throw conflict('delete policies');
    if (Object.values(state.instanceProfiles).some((profile) => profile.roles.includes(role.name))) {
      throw conflict('remove roles from instance profile');
    }
    delete state.roles[role.name];
    return undefined;
  },
  TagRole: ({ state, params }) => {
    const role = find.role(state, entityName(params, 'RoleName'));
    role.tags = mergeTags(role.tags, readTags(params));
    return undefined;
  },
  UntagRole: ({ state, params }) => {
    const role = find.role(state, entityName(params, 'RoleName'));
    role.tags = removeTags(role.tags, params);
    return undefined;
  },
  ListRoleTags: ({ state, params }) => {
    const { page, ...more } = paginate(find.role(state, entityName(params, 'RoleName')).tags, params);
    return { Tags: page, ...more };
  },
};
