/**
 * Every IAM operation as a function taking the client first: the operation name with a lower-case
 * first letter (`ListUsers` → `listUsers`, `ListMFADevices` → `listMFADevices`).
 * Each line binds a generated runtime schema; `test/operations.test.ts` checks the list is complete.
 *
 * @example
 * ```ts
 * const { User } = await createUser(client, { UserName: 'alice', Tags: [{ Key: 'team', Value: 'a' }] });
 * ```
 */
import * as schemas from '../generated/iam.runtime.js';
import { operation } from './operation.js';

export const acceptDelegationRequest = /* @__PURE__ */ operation<'AcceptDelegationRequest'>(
  schemas.AcceptDelegationRequest,
);
export const addClientIDToOpenIDConnectProvider =
  /* @__PURE__ */ operation<'AddClientIDToOpenIDConnectProvider'>(schemas.AddClientIDToOpenIDConnectProvider);
export const addRoleToInstanceProfile = /* @__PURE__ */ operation<'AddRoleToInstanceProfile'>(
  schemas.AddRoleToInstanceProfile,
);
export const addUserToGroup = /* @__PURE__ */ operation<'AddUserToGroup'>(schemas.AddUserToGroup);
export const associateDelegationRequest = /* @__PURE__ */ operation<'AssociateDelegationRequest'>(
  schemas.AssociateDelegationRequest,
);
export const attachGroupPolicy = /* @__PURE__ */ operation<'AttachGroupPolicy'>(schemas.AttachGroupPolicy);
export const attachRolePolicy = /* @__PURE__ */ operation<'AttachRolePolicy'>(schemas.AttachRolePolicy);
export const attachUserPolicy = /* @__PURE__ */ operation<'AttachUserPolicy'>(schemas.AttachUserPolicy);
export const changePassword = /* @__PURE__ */ operation<'ChangePassword'>(schemas.ChangePassword);
export const createAccessKey = /* @__PURE__ */ operation<'CreateAccessKey'>(schemas.CreateAccessKey);
export const createAccountAlias = /* @__PURE__ */ operation<'CreateAccountAlias'>(schemas.CreateAccountAlias);
export const createDelegationRequest = /* @__PURE__ */ operation<'CreateDelegationRequest'>(
  schemas.CreateDelegationRequest,
);
export const createGroup = /* @__PURE__ */ operation<'CreateGroup'>(schemas.CreateGroup);
export const createInstanceProfile = /* @__PURE__ */ operation<'CreateInstanceProfile'>(
  schemas.CreateInstanceProfile,
);
export const createLoginProfile = /* @__PURE__ */ operation<'CreateLoginProfile'>(schemas.CreateLoginProfile);
export const createOpenIDConnectProvider = /* @__PURE__ */ operation<'CreateOpenIDConnectProvider'>(
  schemas.CreateOpenIDConnectProvider,
);
export const createPolicy = /* @__PURE__ */ operation<'CreatePolicy'>(schemas.CreatePolicy);
export const createPolicyVersion = /* @__PURE__ */ operation<'CreatePolicyVersion'>(
  schemas.CreatePolicyVersion,
);
export const createRole = /* @__PURE__ */ operation<'CreateRole'>(schemas.CreateRole);
export const createSAMLProvider = /* @__PURE__ */ operation<'CreateSAMLProvider'>(schemas.CreateSAMLProvider);
export const createServiceLinkedRole = /* @__PURE__ */ operation<'CreateServiceLinkedRole'>(
  schemas.CreateServiceLinkedRole,
);
export const createServiceSpecificCredential = /* @__PURE__ */ operation<'CreateServiceSpecificCredential'>(
  schemas.CreateServiceSpecificCredential,
);
export const createUser = /* @__PURE__ */ operation<'CreateUser'>(schemas.CreateUser);
export const createVirtualMFADevice = /* @__PURE__ */ operation<'CreateVirtualMFADevice'>(
  schemas.CreateVirtualMFADevice,
);
export const deactivateMFADevice = /* @__PURE__ */ operation<'DeactivateMFADevice'>(
  schemas.DeactivateMFADevice,
);
export const deleteAccessKey = /* @__PURE__ */ operation<'DeleteAccessKey'>(schemas.DeleteAccessKey);
export const deleteAccountAlias = /* @__PURE__ */ operation<'DeleteAccountAlias'>(schemas.DeleteAccountAlias);
export const deleteAccountPasswordPolicy = /* @__PURE__ */ operation<'DeleteAccountPasswordPolicy'>(
  schemas.DeleteAccountPasswordPolicy,
);
export const deleteGroup = /* @__PURE__ */ operation<'DeleteGroup'>(schemas.DeleteGroup);
export const deleteGroupPolicy = /* @__PURE__ */ operation<'DeleteGroupPolicy'>(schemas.DeleteGroupPolicy);
export const deleteInstanceProfile = /* @__PURE__ */ operation<'DeleteInstanceProfile'>(
  schemas.DeleteInstanceProfile,
);
export const deleteLoginProfile = /* @__PURE__ */ operation<'DeleteLoginProfile'>(schemas.DeleteLoginProfile);
export const deleteOpenIDConnectProvider = /* @__PURE__ */ operation<'DeleteOpenIDConnectProvider'>(
  schemas.DeleteOpenIDConnectProvider,
);
export const deletePolicy = /* @__PURE__ */ operation<'DeletePolicy'>(schemas.DeletePolicy);
export const deletePolicyVersion = /* @__PURE__ */ operation<'DeletePolicyVersion'>(
  schemas.DeletePolicyVersion,
);
export const deleteRole = /* @__PURE__ */ operation<'DeleteRole'>(schemas.DeleteRole);
export const deleteRolePermissionsBoundary = /* @__PURE__ */ operation<'DeleteRolePermissionsBoundary'>(
  schemas.DeleteRolePermissionsBoundary,
);
export const deleteRolePolicy = /* @__PURE__ */ operation<'DeleteRolePolicy'>(schemas.DeleteRolePolicy);
export const deleteSAMLProvider = /* @__PURE__ */ operation<'DeleteSAMLProvider'>(schemas.DeleteSAMLProvider);
export const deleteSSHPublicKey = /* @__PURE__ */ operation<'DeleteSSHPublicKey'>(schemas.DeleteSSHPublicKey);
export const deleteServerCertificate = /* @__PURE__ */ operation<'DeleteServerCertificate'>(
  schemas.DeleteServerCertificate,
);
export const deleteServiceLinkedRole = /* @__PURE__ */ operation<'DeleteServiceLinkedRole'>(
  schemas.DeleteServiceLinkedRole,
);
export const deleteServiceSpecificCredential = /* @__PURE__ */ operation<'DeleteServiceSpecificCredential'>(
  schemas.DeleteServiceSpecificCredential,
);
export const deleteSigningCertificate = /* @__PURE__ */ operation<'DeleteSigningCertificate'>(
  schemas.DeleteSigningCertificate,
);
export const deleteUser = /* @__PURE__ */ operation<'DeleteUser'>(schemas.DeleteUser);
export const deleteUserPermissionsBoundary = /* @__PURE__ */ operation<'DeleteUserPermissionsBoundary'>(
  schemas.DeleteUserPermissionsBoundary,
);
export const deleteUserPolicy = /* @__PURE__ */ operation<'DeleteUserPolicy'>(schemas.DeleteUserPolicy);
export const deleteVirtualMFADevice = /* @__PURE__ */ operation<'DeleteVirtualMFADevice'>(
  schemas.DeleteVirtualMFADevice,
);
export const detachGroupPolicy = /* @__PURE__ */ operation<'DetachGroupPolicy'>(schemas.DetachGroupPolicy);
export const detachRolePolicy = /* @__PURE__ */ operation<'DetachRolePolicy'>(schemas.DetachRolePolicy);
export const detachUserPolicy = /* @__PURE__ */ operation<'DetachUserPolicy'>(schemas.DetachUserPolicy);
export const disableOrganizationsRootCredentialsManagement =
  /* @__PURE__ */ operation<'DisableOrganizationsRootCredentialsManagement'>(
    schemas.DisableOrganizationsRootCredentialsManagement,
  );
export const disableOrganizationsRootSessions = /* @__PURE__ */ operation<'DisableOrganizationsRootSessions'>(
  schemas.DisableOrganizationsRootSessions,
);
export const disableOutboundWebIdentityFederation =
  /* @__PURE__ */ operation<'DisableOutboundWebIdentityFederation'>(
    schemas.DisableOutboundWebIdentityFederation,
  );
export const enableMFADevice = /* @__PURE__ */ operation<'EnableMFADevice'>(schemas.EnableMFADevice);
export const enableOrganizationsRootCredentialsManagement =
  /* @__PURE__ */ operation<'EnableOrganizationsRootCredentialsManagement'>(
    schemas.EnableOrganizationsRootCredentialsManagement,
  );
export const enableOrganizationsRootSessions = /* @__PURE__ */ operation<'EnableOrganizationsRootSessions'>(
  schemas.EnableOrganizationsRootSessions,
);
export const enableOutboundWebIdentityFederation =
  /* @__PURE__ */ operation<'EnableOutboundWebIdentityFederation'>(
    schemas.EnableOutboundWebIdentityFederation,
  );
export const generateCredentialReport = /* @__PURE__ */ operation<'GenerateCredentialReport'>(
  schemas.GenerateCredentialReport,
);
export const generateOrganizationsAccessReport =
  /* @__PURE__ */ operation<'GenerateOrganizationsAccessReport'>(schemas.GenerateOrganizationsAccessReport);
export const generateServiceLastAccessedDetails =
  /* @__PURE__ */ operation<'GenerateServiceLastAccessedDetails'>(schemas.GenerateServiceLastAccessedDetails);
export const getAccessKeyLastUsed = /* @__PURE__ */ operation<'GetAccessKeyLastUsed'>(
  schemas.GetAccessKeyLastUsed,
);
export const getAccountAuthorizationDetails = /* @__PURE__ */ operation<'GetAccountAuthorizationDetails'>(
  schemas.GetAccountAuthorizationDetails,
);
export const getAccountPasswordPolicy = /* @__PURE__ */ operation<'GetAccountPasswordPolicy'>(
  schemas.GetAccountPasswordPolicy,
);
export const getAccountSummary = /* @__PURE__ */ operation<'GetAccountSummary'>(schemas.GetAccountSummary);
export const getContextKeysForCustomPolicy = /* @__PURE__ */ operation<'GetContextKeysForCustomPolicy'>(
  schemas.GetContextKeysForCustomPolicy,
);
export const getContextKeysForPrincipalPolicy = /* @__PURE__ */ operation<'GetContextKeysForPrincipalPolicy'>(
  schemas.GetContextKeysForPrincipalPolicy,
);
export const getCredentialReport = /* @__PURE__ */ operation<'GetCredentialReport'>(
  schemas.GetCredentialReport,
);
export const getDelegationRequest = /* @__PURE__ */ operation<'GetDelegationRequest'>(
  schemas.GetDelegationRequest,
);
export const getGroup = /* @__PURE__ */ operation<'GetGroup'>(schemas.GetGroup);
export const getGroupPolicy = /* @__PURE__ */ operation<'GetGroupPolicy'>(schemas.GetGroupPolicy);
export const getHumanReadableSummary = /* @__PURE__ */ operation<'GetHumanReadableSummary'>(
  schemas.GetHumanReadableSummary,
);
export const getInstanceProfile = /* @__PURE__ */ operation<'GetInstanceProfile'>(schemas.GetInstanceProfile);
export const getLoginProfile = /* @__PURE__ */ operation<'GetLoginProfile'>(schemas.GetLoginProfile);
export const getMFADevice = /* @__PURE__ */ operation<'GetMFADevice'>(schemas.GetMFADevice);
export const getOpenIDConnectProvider = /* @__PURE__ */ operation<'GetOpenIDConnectProvider'>(
  schemas.GetOpenIDConnectProvider,
);
export const getOrganizationsAccessReport = /* @__PURE__ */ operation<'GetOrganizationsAccessReport'>(
  schemas.GetOrganizationsAccessReport,
);
export const getOutboundWebIdentityFederationInfo =
  /* @__PURE__ */ operation<'GetOutboundWebIdentityFederationInfo'>(
    schemas.GetOutboundWebIdentityFederationInfo,
  );
export const getPolicy = /* @__PURE__ */ operation<'GetPolicy'>(schemas.GetPolicy);
export const getPolicyVersion = /* @__PURE__ */ operation<'GetPolicyVersion'>(schemas.GetPolicyVersion);
export const getRole = /* @__PURE__ */ operation<'GetRole'>(schemas.GetRole);
export const getRolePolicy = /* @__PURE__ */ operation<'GetRolePolicy'>(schemas.GetRolePolicy);
export const getSAMLProvider = /* @__PURE__ */ operation<'GetSAMLProvider'>(schemas.GetSAMLProvider);
export const getSSHPublicKey = /* @__PURE__ */ operation<'GetSSHPublicKey'>(schemas.GetSSHPublicKey);
export const getServerCertificate = /* @__PURE__ */ operation<'GetServerCertificate'>(
  schemas.GetServerCertificate,
);
export const getServiceLastAccessedDetails = /* @__PURE__ */ operation<'GetServiceLastAccessedDetails'>(
  schemas.GetServiceLastAccessedDetails,
);
export const getServiceLastAccessedDetailsWithEntities =
  /* @__PURE__ */ operation<'GetServiceLastAccessedDetailsWithEntities'>(
    schemas.GetServiceLastAccessedDetailsWithEntities,
  );
export const getServiceLinkedRoleDeletionStatus =
  /* @__PURE__ */ operation<'GetServiceLinkedRoleDeletionStatus'>(schemas.GetServiceLinkedRoleDeletionStatus);
export const getUser = /* @__PURE__ */ operation<'GetUser'>(schemas.GetUser);
export const getUserPolicy = /* @__PURE__ */ operation<'GetUserPolicy'>(schemas.GetUserPolicy);
export const listAccessKeys = /* @__PURE__ */ operation<'ListAccessKeys'>(schemas.ListAccessKeys);
export const listAccountAliases = /* @__PURE__ */ operation<'ListAccountAliases'>(schemas.ListAccountAliases);
export const listAttachedGroupPolicies = /* @__PURE__ */ operation<'ListAttachedGroupPolicies'>(
  schemas.ListAttachedGroupPolicies,
);
export const listAttachedRolePolicies = /* @__PURE__ */ operation<'ListAttachedRolePolicies'>(
  schemas.ListAttachedRolePolicies,
);
export const listAttachedUserPolicies = /* @__PURE__ */ operation<'ListAttachedUserPolicies'>(
  schemas.ListAttachedUserPolicies,
);
export const listDelegationRequests = /* @__PURE__ */ operation<'ListDelegationRequests'>(
  schemas.ListDelegationRequests,
);
export const listEntitiesForPolicy = /* @__PURE__ */ operation<'ListEntitiesForPolicy'>(
  schemas.ListEntitiesForPolicy,
);
export const listGroupPolicies = /* @__PURE__ */ operation<'ListGroupPolicies'>(schemas.ListGroupPolicies);
export const listGroups = /* @__PURE__ */ operation<'ListGroups'>(schemas.ListGroups);
export const listGroupsForUser = /* @__PURE__ */ operation<'ListGroupsForUser'>(schemas.ListGroupsForUser);
export const listInstanceProfileTags = /* @__PURE__ */ operation<'ListInstanceProfileTags'>(
  schemas.ListInstanceProfileTags,
);
export const listInstanceProfiles = /* @__PURE__ */ operation<'ListInstanceProfiles'>(
  schemas.ListInstanceProfiles,
);
export const listInstanceProfilesForRole = /* @__PURE__ */ operation<'ListInstanceProfilesForRole'>(
  schemas.ListInstanceProfilesForRole,
);
export const listMFADeviceTags = /* @__PURE__ */ operation<'ListMFADeviceTags'>(schemas.ListMFADeviceTags);
export const listMFADevices = /* @__PURE__ */ operation<'ListMFADevices'>(schemas.ListMFADevices);
export const listOpenIDConnectProviderTags = /* @__PURE__ */ operation<'ListOpenIDConnectProviderTags'>(
  schemas.ListOpenIDConnectProviderTags,
);
export const listOpenIDConnectProviders = /* @__PURE__ */ operation<'ListOpenIDConnectProviders'>(
  schemas.ListOpenIDConnectProviders,
);
export const listOrganizationsFeatures = /* @__PURE__ */ operation<'ListOrganizationsFeatures'>(
  schemas.ListOrganizationsFeatures,
);
export const listPolicies = /* @__PURE__ */ operation<'ListPolicies'>(schemas.ListPolicies);
export const listPoliciesGrantingServiceAccess =
  /* @__PURE__ */ operation<'ListPoliciesGrantingServiceAccess'>(schemas.ListPoliciesGrantingServiceAccess);
export const listPolicyTags = /* @__PURE__ */ operation<'ListPolicyTags'>(schemas.ListPolicyTags);
export const listPolicyVersions = /* @__PURE__ */ operation<'ListPolicyVersions'>(schemas.ListPolicyVersions);
export const listRolePolicies = /* @__PURE__ */ operation<'ListRolePolicies'>(schemas.ListRolePolicies);
export const listRoleTags = /* @__PURE__ */ operation<'ListRoleTags'>(schemas.ListRoleTags);
export const listRoles = /* @__PURE__ */ operation<'ListRoles'>(schemas.ListRoles);
export const listSAMLProviderTags = /* @__PURE__ */ operation<'ListSAMLProviderTags'>(
  schemas.ListSAMLProviderTags,
);
export const listSAMLProviders = /* @__PURE__ */ operation<'ListSAMLProviders'>(schemas.ListSAMLProviders);
export const listSSHPublicKeys = /* @__PURE__ */ operation<'ListSSHPublicKeys'>(schemas.ListSSHPublicKeys);
export const listServerCertificateTags = /* @__PURE__ */ operation<'ListServerCertificateTags'>(
  schemas.ListServerCertificateTags,
);
export const listServerCertificates = /* @__PURE__ */ operation<'ListServerCertificates'>(
  schemas.ListServerCertificates,
);
export const listServiceSpecificCredentials = /* @__PURE__ */ operation<'ListServiceSpecificCredentials'>(
  schemas.ListServiceSpecificCredentials,
);
export const listSigningCertificates = /* @__PURE__ */ operation<'ListSigningCertificates'>(
  schemas.ListSigningCertificates,
);
export const listUserPolicies = /* @__PURE__ */ operation<'ListUserPolicies'>(schemas.ListUserPolicies);
export const listUserTags = /* @__PURE__ */ operation<'ListUserTags'>(schemas.ListUserTags);
export const listUsers = /* @__PURE__ */ operation<'ListUsers'>(schemas.ListUsers);
export const listVirtualMFADevices = /* @__PURE__ */ operation<'ListVirtualMFADevices'>(
  schemas.ListVirtualMFADevices,
);
export const putGroupPolicy = /* @__PURE__ */ operation<'PutGroupPolicy'>(schemas.PutGroupPolicy);
export const putRolePermissionsBoundary = /* @__PURE__ */ operation<'PutRolePermissionsBoundary'>(
  schemas.PutRolePermissionsBoundary,
);
export const putRolePolicy = /* @__PURE__ */ operation<'PutRolePolicy'>(schemas.PutRolePolicy);
export const putUserPermissionsBoundary = /* @__PURE__ */ operation<'PutUserPermissionsBoundary'>(
  schemas.PutUserPermissionsBoundary,
);
export const putUserPolicy = /* @__PURE__ */ operation<'PutUserPolicy'>(schemas.PutUserPolicy);
export const rejectDelegationRequest = /* @__PURE__ */ operation<'RejectDelegationRequest'>(
  schemas.RejectDelegationRequest,
);
export const removeClientIDFromOpenIDConnectProvider =
  /* @__PURE__ */ operation<'RemoveClientIDFromOpenIDConnectProvider'>(
    schemas.RemoveClientIDFromOpenIDConnectProvider,
  );
export const removeRoleFromInstanceProfile = /* @__PURE__ */ operation<'RemoveRoleFromInstanceProfile'>(
  schemas.RemoveRoleFromInstanceProfile,
);
export const removeUserFromGroup = /* @__PURE__ */ operation<'RemoveUserFromGroup'>(
  schemas.RemoveUserFromGroup,
);
export const resetServiceSpecificCredential = /* @__PURE__ */ operation<'ResetServiceSpecificCredential'>(
  schemas.ResetServiceSpecificCredential,
);
export const resyncMFADevice = /* @__PURE__ */ operation<'ResyncMFADevice'>(schemas.ResyncMFADevice);
export const sendDelegationToken = /* @__PURE__ */ operation<'SendDelegationToken'>(
  schemas.SendDelegationToken,
);
export const setDefaultPolicyVersion = /* @__PURE__ */ operation<'SetDefaultPolicyVersion'>(
  schemas.SetDefaultPolicyVersion,
);
export const setSecurityTokenServicePreferences =
  /* @__PURE__ */ operation<'SetSecurityTokenServicePreferences'>(schemas.SetSecurityTokenServicePreferences);
export const simulateCustomPolicy = /* @__PURE__ */ operation<'SimulateCustomPolicy'>(
  schemas.SimulateCustomPolicy,
);
export const simulatePrincipalPolicy = /* @__PURE__ */ operation<'SimulatePrincipalPolicy'>(
  schemas.SimulatePrincipalPolicy,
);
export const tagInstanceProfile = /* @__PURE__ */ operation<'TagInstanceProfile'>(schemas.TagInstanceProfile);
export const tagMFADevice = /* @__PURE__ */ operation<'TagMFADevice'>(schemas.TagMFADevice);
export const tagOpenIDConnectProvider = /* @__PURE__ */ operation<'TagOpenIDConnectProvider'>(
  schemas.TagOpenIDConnectProvider,
);
export const tagPolicy = /* @__PURE__ */ operation<'TagPolicy'>(schemas.TagPolicy);
export const tagRole = /* @__PURE__ */ operation<'TagRole'>(schemas.TagRole);
export const tagSAMLProvider = /* @__PURE__ */ operation<'TagSAMLProvider'>(schemas.TagSAMLProvider);
export const tagServerCertificate = /* @__PURE__ */ operation<'TagServerCertificate'>(
  schemas.TagServerCertificate,
);
export const tagUser = /* @__PURE__ */ operation<'TagUser'>(schemas.TagUser);
export const untagInstanceProfile = /* @__PURE__ */ operation<'UntagInstanceProfile'>(
  schemas.UntagInstanceProfile,
);
export const untagMFADevice = /* @__PURE__ */ operation<'UntagMFADevice'>(schemas.UntagMFADevice);
export const untagOpenIDConnectProvider = /* @__PURE__ */ operation<'UntagOpenIDConnectProvider'>(
  schemas.UntagOpenIDConnectProvider,
);
export const untagPolicy = /* @__PURE__ */ operation<'UntagPolicy'>(schemas.UntagPolicy);
export const untagRole = /* @__PURE__ */ operation<'UntagRole'>(schemas.UntagRole);
export const untagSAMLProvider = /* @__PURE__ */ operation<'UntagSAMLProvider'>(schemas.UntagSAMLProvider);
export const untagServerCertificate = /* @__PURE__ */ operation<'UntagServerCertificate'>(
  schemas.UntagServerCertificate,
);
export const untagUser = /* @__PURE__ */ operation<'UntagUser'>(schemas.UntagUser);
export const updateAccessKey = /* @__PURE__ */ operation<'UpdateAccessKey'>(schemas.UpdateAccessKey);
export const updateAccountPasswordPolicy = /* @__PURE__ */ operation<'UpdateAccountPasswordPolicy'>(
  schemas.UpdateAccountPasswordPolicy,
);
export const updateAssumeRolePolicy = /* @__PURE__ */ operation<'UpdateAssumeRolePolicy'>(
  schemas.UpdateAssumeRolePolicy,
);
export const updateDelegationRequest = /* @__PURE__ */ operation<'UpdateDelegationRequest'>(
  schemas.UpdateDelegationRequest,
);
export const updateGroup = /* @__PURE__ */ operation<'UpdateGroup'>(schemas.UpdateGroup);
export const updateLoginProfile = /* @__PURE__ */ operation<'UpdateLoginProfile'>(schemas.UpdateLoginProfile);
export const updateOpenIDConnectProviderThumbprint =
  /* @__PURE__ */ operation<'UpdateOpenIDConnectProviderThumbprint'>(
    schemas.UpdateOpenIDConnectProviderThumbprint,
  );
export const updateRole = /* @__PURE__ */ operation<'UpdateRole'>(schemas.UpdateRole);
export const updateRoleDescription = /* @__PURE__ */ operation<'UpdateRoleDescription'>(
  schemas.UpdateRoleDescription,
);
export const updateSAMLProvider = /* @__PURE__ */ operation<'UpdateSAMLProvider'>(schemas.UpdateSAMLProvider);
export const updateSSHPublicKey = /* @__PURE__ */ operation<'UpdateSSHPublicKey'>(schemas.UpdateSSHPublicKey);
export const updateServerCertificate = /* @__PURE__ */ operation<'UpdateServerCertificate'>(
  schemas.UpdateServerCertificate,
);
export const updateServiceSpecificCredential = /* @__PURE__ */ operation<'UpdateServiceSpecificCredential'>(
  schemas.UpdateServiceSpecificCredential,
);
export const updateSigningCertificate = /* @__PURE__ */ operation<'UpdateSigningCertificate'>(
  schemas.UpdateSigningCertificate,
);
export const updateUser = /* @__PURE__ */ operation<'UpdateUser'>(schemas.UpdateUser);
export const uploadSSHPublicKey = /* @__PURE__ */ operation<'UploadSSHPublicKey'>(schemas.UploadSSHPublicKey);
export const uploadServerCertificate = /* @__PURE__ */ operation<'UploadServerCertificate'>(
  schemas.UploadServerCertificate,
);
export const uploadSigningCertificate = /* @__PURE__ */ operation<'UploadSigningCertificate'>(
  schemas.UploadSigningCertificate,
);
