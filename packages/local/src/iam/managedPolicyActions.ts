import { ids, isoSeconds } from '../ids.js';
import { parsePolicyDocument } from '../policy/parsePolicyDocument.js';
import { LocalError } from '../server/LocalError.js';
import type { IamPolicy } from '../store/State.js';
import type { QueryAction } from './ActionContext.js';
import { arns } from './arns.js';
import { find } from './find.js';
import { paginate } from './paginate.js';
import { booleanParam, entityName, pathParam, required } from './params.js';
import { mergeTags, readTags, removeTags } from './tagging.js';
import { attachmentCount, views } from './views.js';

const MAX_VERSIONS = 5;

const versionView = (policy: IamPolicy, version: IamPolicy['versions'][number], withDocument: boolean) => ({
  Document: withDocument ? encodeURIComponent(version.document) : undefined,
  VersionId: version.id,
  IsDefaultVersion: version.id === policy.defaultVersion,
  CreateDate: version.created,
});

const findVersion = (policy: IamPolicy, versionId: string) => {
  const version = policy.versions.find((item) => item.id === versionId);
  if (!version) {
    throw new LocalError(
      'NoSuchEntity',
      `Policy ${policy.arn} version ${versionId} does not exist or is not attachable.`,
      404,
    );
  }
  return version;
};

/** Customer managed policies and their versions (at most five, one of them the default). */
export const managedPolicyActions: Record<string, QueryAction> = {
  CreatePolicy: ({ state, params, now }) => {
    const name = entityName(params, 'PolicyName', 128);
    const path = pathParam(params);
    const document = required(params, 'PolicyDocument');
    parsePolicyDocument(document, 'identity');
    const arn = arns.policy(state.accountId, path, name);
    if (state.policies[arn]) {
      throw new LocalError(
        'EntityAlreadyExists',
        `A policy called ${name} already exists. Duplicate names are not allowed.`,
        409,
      );
    }
    const created = isoSeconds(now);
    const policy: IamPolicy = {
      name,
      id: ids.iam('ANPA'),
      path,
      arn,
      created,
      updated: created,
      description: params.get('Description'),
      defaultVersion: 'v1',
      nextVersion: 2,
      versions: [{ id: 'v1', document, created }],
      tags: mergeTags([], readTags(params)),
    };
    state.policies[arn] = policy;
    return { Policy: views.policy(state, policy, 'create') };
  },
  GetPolicy: ({ state, params }) => ({
    Policy: views.policy(state, find.policy(state, required(params, 'PolicyArn')), 'get'),
  }),
  ListPolicies: ({ state, params }) => {
    const prefix = params.get('PathPrefix') ?? '/';
    const onlyAttached = booleanParam(params, 'OnlyAttached') ?? false;
    // Only customer managed policies exist here: Scope=AWS lists none.
    const policies = Object.values(state.policies)
      .filter((policy) => params.get('Scope') !== 'AWS' && policy.path.startsWith(prefix))
      .filter((policy) => !onlyAttached || attachmentCount(state, policy.arn) > 0)
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(policies, params);
    return { Policies: page.map((policy) => views.policy(state, policy)), ...more };
  },
  DeletePolicy: ({ state, params }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    if (attachmentCount(state, policy.arn) > 0) {
      throw new LocalError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
    }
    if (policy.versions.length > 1) {
      throw new LocalError(
        'DeleteConflict',
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
        409,
      );
    }
    delete state.policies[policy.arn];
    return undefined;
  },
  CreatePolicyVersion: ({ state, params, now }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    const document = required(params, 'PolicyDocument');
    parsePolicyDocument(document, 'identity');
    if (policy.versions.length >= MAX_VERSIONS) {
      throw new LocalError(
        'LimitExceeded',
        'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
        409,
      );
    }
    const version = { id: `v${policy.nextVersion}`, document, created: isoSeconds(now) };
    policy.nextVersion += 1;
    policy.versions.push(version);
    if (booleanParam(params, 'SetAsDefault')) {
      policy.defaultVersion = version.id;
      policy.updated = version.created;
    }
    return { PolicyVersion: versionView(policy, version, false) };
  },
  GetPolicyVersion: ({ state, params }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    return { PolicyVersion: versionView(policy, findVersion(policy, required(params, 'VersionId')), true) };
  },
  ListPolicyVersions: ({ state, params }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    const versions = [...policy.versions].reverse();
    const { page, ...more } = paginate(versions, params);
    return { Versions: page.map((version) => versionView(policy, version, false)), ...more };
  },
  DeletePolicyVersion: ({ state, params }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    const version = findVersion(policy, required(params, 'VersionId'));
    if (version.id === policy.defaultVersion) {
      throw new LocalError('DeleteConflict', 'Cannot delete the default version of a policy.', 409);
    }
    policy.versions = policy.versions.filter((item) => item !== version);
    return undefined;
  },
  SetDefaultPolicyVersion: ({ state, params, now }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    policy.defaultVersion = findVersion(policy, required(params, 'VersionId')).id;
    policy.updated = isoSeconds(now);
    return undefined;
  },
  ListEntitiesForPolicy: ({ state, params }) => {
    const arn = find.policy(state, required(params, 'PolicyArn')).arn;
    const having = <T extends { attached: string[] }>(items: T[]) =>
      items.filter((item) => item.attached.includes(arn));
    return {
      PolicyGroups: having(Object.values(state.groups)).map((g) => ({ GroupName: g.name, GroupId: g.id })),
      PolicyUsers: having(Object.values(state.users)).map((u) => ({ UserName: u.name, UserId: u.id })),
      PolicyRoles: having(Object.values(state.roles)).map((r) => ({ RoleName: r.name, RoleId: r.id })),
      IsTruncated: false,
    };
  },
  TagPolicy: ({ state, params }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    policy.tags = mergeTags(policy.tags, readTags(params));
    return undefined;
  },
  UntagPolicy: ({ state, params }) => {
    const policy = find.policy(state, required(params, 'PolicyArn'));
    policy.tags = removeTags(policy.tags, params);
    return undefined;
  },
  ListPolicyTags: ({ state, params }) => {
    const { page, ...more } = paginate(find.policy(state, required(params, 'PolicyArn')).tags, params);
    return { Tags: page, ...more };
  },
};
