import type {
  IamGroup,
  IamInstanceProfile,
  IamPolicy,
  IamRole,
  IamUser,
  State,
  Tag,
} from '../store/State.js';
import { arns } from './arns.js';

const tagsOrUndefined = (tags: Tag[]): Tag[] | undefined => (tags.length > 0 ? tags : undefined);

/** How many users, groups and roles a managed policy is attached to. */
export const attachmentCount = (state: State, arn: string): number =>
  [...Object.values(state.users), ...Object.values(state.groups), ...Object.values(state.roles)].filter(
    (entity) => entity.attached.includes(arn),
  ).length;

/** IAM's response shapes (botocore's `User`, `Group`, `Role`, `Policy`, `InstanceProfile`). */
export const views = {
  user: (state: State, user: IamUser, withTags = false) => ({
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: arns.user(state.accountId, user.path, user.name),
    CreateDate: user.created,
    Tags: withTags ? tagsOrUndefined(user.tags) : undefined,
  }),
  group: (state: State, group: IamGroup) => ({
    Path: group.path,
    GroupName: group.name,
    GroupId: group.id,
    Arn: arns.group(state.accountId, group.path, group.name),
    CreateDate: group.created,
  }),
  role: (state: State, role: IamRole, withTags = false) => ({
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: arns.role(state.accountId, role.path, role.name),
    CreateDate: role.created,
    AssumeRolePolicyDocument: encodeURIComponent(role.trustPolicy),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    Tags: withTags ? tagsOrUndefined(role.tags) : undefined,
  }),
  /** `detail` 'get' adds the description (GetPolicy only, as AWS documents), 'create' only tags. */
  policy: (state: State, policy: IamPolicy, detail: 'list' | 'create' | 'get' = 'list') => ({
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersion,
    AttachmentCount: attachmentCount(state, policy.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: detail === 'get' ? policy.description : undefined,
    CreateDate: policy.created,
    UpdateDate: policy.updated,
    Tags: detail === 'list' ? undefined : tagsOrUndefined(policy.tags),
  }),
  instanceProfile: (state: State, profile: IamInstanceProfile) => ({
    Path: profile.path,
    InstanceProfileName: profile.name,
    InstanceProfileId: profile.id,
    Arn: arns.instanceProfile(state.accountId, profile.path, profile.name),
    CreateDate: profile.created,
    Roles: profile.roles.flatMap((name) => {
      const role = state.roles[name];
      return role ? [views.role(state, role)] : [];
    }),
    Tags: tagsOrUndefined(profile.tags),
  }),
  attached: (state: State, arnList: readonly string[]) =>
    arnList.map((arn) => ({ PolicyName: state.policies[arn]?.name ?? arn.split('/').pop(), PolicyArn: arn })),
};
