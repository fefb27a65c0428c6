import { LocalError } from '../server/LocalError.js';
import type { IamGroup, IamInstanceProfile, IamPolicy, IamRole, IamUser, State } from '../store/State.js';

const noSuch = (message: string) => new LocalError('NoSuchEntity', message, 404);

/** Entity lookups that throw IAM's `NoSuchEntity` with its wording. */
export const find = {
  user: (state: State, name: string): IamUser => {
    const user = state.users[name];
    if (!user) throw noSuch(`The user with name ${name} cannot be found.`);
    return user;
  },
  group: (state: State, name: string): IamGroup => {
    const group = state.groups[name];
    if (!group) throw noSuch(`The group with name ${name} cannot be found.`);
    return group;
  },
  role: (state: State, name: string): IamRole => {
    const role = state.roles[name];
    if (!role) throw noSuch(`The role with name ${name} cannot be found.`);
    return role;
  },
  policy: (state: State, arn: string): IamPolicy => {
    const policy = state.policies[arn];
    if (!policy) throw noSuch(`Policy ${arn} does not exist or is not attachable.`);
    return policy;
  },
  instanceProfile: (state: State, name: string): IamInstanceProfile => {
    const profile = state.instanceProfiles[name];
    if (!profile) throw noSuch(`Instance Profile ${name} cannot be found.`);
    return profile;
  },
};
