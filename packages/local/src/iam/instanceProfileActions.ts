import { ids, isoSeconds } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { QueryAction } from './ActionContext.js';
import { find } from './find.js';
import { paginate } from './paginate.js';
import { entityName, pathParam } from './params.js';
import { mergeTags, readTags } from './tagging.js';
import { views } from './views.js';

const NAME = 'InstanceProfileName';

/** Instance profiles (one role each, as IAM allows). */
export const instanceProfileActions: Record<string, QueryAction> = {
  CreateInstanceProfile: ({ state, params, now }) => {
    const name = entityName(params, NAME, 128);
    const path = pathParam(params);
    if (state.instanceProfiles[name]) {
      throw new LocalError('EntityAlreadyExists', `Instance Profile ${name} already exists.`, 409);
    }
    const profile = {
      name,
      id: ids.iam('AIPA'),
      path,
      created: isoSeconds(now),
      roles: [],
      tags: mergeTags([], readTags(params)),
    };
    state.instanceProfiles[name] = profile;
    return { InstanceProfile: views.instanceProfile(state, profile) };
  },
  GetInstanceProfile: ({ state, params }) => ({
    InstanceProfile: views.instanceProfile(state, find.instanceProfile(state, entityName(params, NAME, 128))),
  }),
  ListInstanceProfiles: ({ state, params }) => {
    const prefix = params.get('PathPrefix') ?? '/';
    const profiles = Object.values(state.instanceProfiles)
      .filter((profile) => profile.path.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(profiles, params);
    return { InstanceProfiles: page.map((profile) => views.instanceProfile(state, profile)), ...more };
  },
  ListInstanceProfilesForRole: ({ state, params }) => {
    const role = find.role(state, entityName(params, 'RoleName'));
    const profiles = Object.values(state.instanceProfiles).filter((profile) =>
      profile.roles.includes(role.name),
    );
    const { page, ...more } = paginate(profiles, params);
    return { InstanceProfiles: page.map((profile) => views.instanceProfile(state, profile)), ...more };
  },
  DeleteInstanceProfile: ({ state, params }) => {
    const profile = find.instanceProfile(state, entityName(params, NAME, 128));
    if (profile.roles.length > 0) {
      throw new LocalError(
        'DeleteConflict',
        'Cannot delete entity, must remove roles from instance profile first.',
        409,
      );
    }
    delete state.instanceProfiles[profile.name];
    return undefined;
  },
  AddRoleToInstanceProfile: ({ state, params }) => {
    const profile = find.instanceProfile(state, entityName(params, NAME, 128));
    const role = find.role(state, entityName(params, 'RoleName'));
    if (profile.roles.length >= 1) {
      throw new LocalError(
        'LimitExceeded',
        'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
        409,
      );
    }
    profile.roles.push(role.name);
    return undefined;
  },
  RemoveRoleFromInstanceProfile: ({ state, params }) => {
    const profile = find.instanceProfile(state, entityName(params, NAME, 128));
    const role = find.role(state, entityName(params, 'RoleName'));
    if (!profile.roles.includes(role.name)) {
      throw new LocalError('NoSuchEntity', `The role with name ${role.name} cannot be found.`, 404);
    }
    profile.roles = profile.roles.filter((name) => name !== role.name);
    return undefined;
  },
};
