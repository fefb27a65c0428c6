/**
 * An async iterator for every paginator in IAM's model (botocore `paginators-1.json`): `paginate` plus
 * the operation name. `test/modelFacts.test.ts` checks the list against the OpenAPI `x-aws-paginator` facts.
 *
 * @example
 * ```ts
 * for await (const page of paginateListUsers(client, {}, { pageSize: 50 })) {
 *   for (const user of page.Users) console.log(user.UserName);
 * }
 * ```
 */
import * as ops from './operations.js';
import { paginator } from './paginate.js';

export const paginateGetAccountAuthorizationDetails = /* @__PURE__ */ paginator(
  ops.getAccountAuthorizationDetails,
);
export const paginateGetGroup = /* @__PURE__ */ paginator(ops.getGroup);
export const paginateListAccessKeys = /* @__PURE__ */ paginator(ops.listAccessKeys);
export const paginateListAccountAliases = /* @__PURE__ */ paginator(ops.listAccountAliases);
export const paginateListAttachedGroupPolicies = /* @__PURE__ */ paginator(ops.listAttachedGroupPolicies);
export const paginateListAttachedRolePolicies = /* @__PURE__ */ paginator(ops.listAttachedRolePolicies);
export const paginateListAttachedUserPolicies = /* @__PURE__ */ paginator(ops.listAttachedUserPolicies);
export const paginateListEntitiesForPolicy = /* @__PURE__ */ paginator(ops.listEntitiesForPolicy);
export const paginateListGroupPolicies = /* @__PURE__ */ paginator(ops.listGroupPolicies);
export const paginateListGroups = /* @__PURE__ */ paginator(ops.listGroups);
export const paginateListGroupsForUser = /* @__PURE__ */ paginator(ops.listGroupsForUser);
export const paginateListInstanceProfileTags = /* @__PURE__ */ paginator(ops.listInstanceProfileTags);
export const paginateListInstanceProfiles = /* @__PURE__ */ paginator(ops.listInstanceProfiles);
export const paginateListInstanceProfilesForRole = /* @__PURE__ */ paginator(ops.listInstanceProfilesForRole);
export const paginateListMFADeviceTags = /* @__PURE__ */ paginator(ops.listMFADeviceTags);
export const paginateListMFADevices = /* @__PURE__ */ paginator(ops.listMFADevices);
export const paginateListOpenIDConnectProviderTags = /* @__PURE__ */ paginator(
  ops.listOpenIDConnectProviderTags,
);
export const paginateListPolicies = /* @__PURE__ */ paginator(ops.listPolicies);
export const paginateListPolicyTags = /* @__PURE__ */ paginator(ops.listPolicyTags);
export const paginateListPolicyVersions = /* @__PURE__ */ paginator(ops.listPolicyVersions);
export const paginateListRolePolicies = /* @__PURE__ */ paginator(ops.listRolePolicies);
export const paginateListRoleTags = /* @__PURE__ */ paginator(ops.listRoleTags);
export const paginateListRoles = /* @__PURE__ */ paginator(ops.listRoles);
export const paginateListSAMLProviderTags = /* @__PURE__ */ paginator(ops.listSAMLProviderTags);
export const paginateListSSHPublicKeys = /* @__PURE__ */ paginator(ops.listSSHPublicKeys);
export const paginateListServerCertificateTags = /* @__PURE__ */ paginator(ops.listServerCertificateTags);
export const paginateListServerCertificates = /* @__PURE__ */ paginator(ops.listServerCertificates);
export const paginateListSigningCertificates = /* @__PURE__ */ paginator(ops.listSigningCertificates);
export const paginateListUserPolicies = /* @__PURE__ */ paginator(ops.listUserPolicies);
export const paginateListUserTags = /* @__PURE__ */ paginator(ops.listUserTags);
export const paginateListUsers = /* @__PURE__ */ paginator(ops.listUsers);
export const paginateListVirtualMFADevices = /* @__PURE__ */ paginator(ops.listVirtualMFADevices);
export const paginateSimulateCustomPolicy = /* @__PURE__ */ paginator(ops.simulateCustomPolicy);
export const paginateSimulatePrincipalPolicy = /* @__PURE__ */ paginator(ops.simulatePrincipalPolicy);
