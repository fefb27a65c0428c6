import type { QueryAction } from './ActionContext.js';
import { views } from './views.js';

const inlineList = (inline: Record<string, string>) =>
  Object.entries(inline).map(([PolicyName, document]) => ({
    PolicyName,
    PolicyDocument: encodeURIComponent(document),
  }));

/** Account-wide reads. */
export const accountActions: Record<string, QueryAction> = {
  GetAccountAuthorizationDetails: ({ state }) => ({
    UserDetailList: Object.values(state.users).map((user) => ({
      ...views.user(state, user),
      UserPolicyList: inlineList(user.inline),
      GroupList: Object.values(state.groups)
        .filter((group) => group.members.includes(user.name))
        .map((group) => group.name),
      AttachedManagedPolicies: views.attached(state, user.attached),
      Tags: user.tags,
    })),
    GroupDetailList: Object.values(state.groups).map((group) => ({
      ...views.group(state, group),
      GroupPolicyList: inlineList(group.inline),
      AttachedManagedPolicies: views.attached(state, group.attached),
    })),
    RoleDetailList: Object.values(state.roles).map((role) => ({
      ...views.role(state, role),
      InstanceProfileList: Object.values(state.instanceProfiles)
        .filter((profile) => profile.roles.includes(role.name))
        .map((profile) => views.instanceProfile(state, profile)),
      RolePolicyList: inlineList(role.inline),
      AttachedManagedPolicies: views.attached(state, role.attached),
      Tags: role.tags,
    })),
    Policies: Object.values(state.policies).map((policy) => ({
      ...views.policy(state, policy, 'get'),
      PolicyVersionList: policy.versions.map((version) => ({
        Document: encodeURIComponent(version.document),
        VersionId: version.id,
        IsDefaultVersion: version.id === policy.defaultVersion,
        CreateDate: version.created,
      })),
    })),
    IsTruncated: false,
  }),
};
