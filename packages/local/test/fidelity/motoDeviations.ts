/**
 * Where moto 5.2.1 answers the fidelity scenario differently from the emulator, and why the
 * emulator follows AWS's documentation instead. Keys are `<step> <path prefix>`; the fidelity test
 * fails on any difference not listed here and on any entry that no longer matches a difference.
 */
export const MOTO_DEVIATIONS: Readonly<Record<string, string>> = {
  'GetGroup IsTruncated':
    'moto leaves `IsTruncated` out; AWS returns it in every paginated IAM response (`false` on the last page).',
  'ListAccessKeys IsTruncated':
    'moto leaves `IsTruncated` out; AWS returns it in every paginated IAM response (`false` on the last page).',
  'ListPolicyVersions IsTruncated':
    'moto leaves `IsTruncated` out; AWS returns it in every paginated IAM response (`false` on the last page).',
  'GetGroup Users[0].Tags':
    "moto lists users' tags; IAM's listing operations return a subset of a user's fields, without `Tags` (ListUsers documentation).",
  'CreatePolicy Policy.PermissionsBoundaryUsageCount':
    'moto leaves out `PermissionsBoundaryUsageCount`, part of the `Policy` type AWS returns.',
  'GetPolicy Policy.PermissionsBoundaryUsageCount':
    'moto leaves out `PermissionsBoundaryUsageCount`, part of the `Policy` type AWS returns.',
  'ListPolicies Policies[0].PermissionsBoundaryUsageCount':
    'moto leaves out `PermissionsBoundaryUsageCount`, part of the `Policy` type AWS returns.',
  'GetPolicy Policy.Tags':
    'moto returns an empty `Tags` list; AWS sends no `Tags` element for an untagged policy (GetPolicy example response).',
  'CreatePolicyVersion PolicyVersion.Document':
    'moto returns the document; AWS documents `PolicyVersion.Document` as not included in CreatePolicyVersion and ListPolicyVersions responses.',
  'ListPolicyVersions Versions':
    "moto returns each version's document (AWS does not: see above) and lists oldest first; AWS lists the newest version first (list-policy-versions example).",
  'CreateRole Role.RoleLastUsed':
    'moto adds an empty `RoleLastUsed` to CreateRole; AWS returns it from GetRole (CreateRole example response has none).',
  'CreateInstanceProfile InstanceProfile.Tags':
    'moto returns an empty `Tags` list; AWS sends no `Tags` element for an untagged resource.',
  'GetInstanceProfile InstanceProfile.Tags':
    'moto returns an empty `Tags` list; AWS sends no `Tags` element for an untagged resource.',
  'GetInstanceProfile InstanceProfile.Roles[0].Tags':
    'moto returns an empty `Tags` list; AWS sends no `Tags` element for an untagged resource.',
  'GetInstanceProfile InstanceProfile.Roles[0].RoleLastUsed':
    'moto adds `RoleLastUsed` to roles inside instance profiles; AWS returns it from GetRole.',
  'AssumeRole PackedPolicySize':
    'moto always returns `PackedPolicySize`; AWS documents it as the size of the session policies and tags passed in the request, and none were.',
  'CreateUserPoolClient UserPoolClient.CreationDate':
    'moto leaves out `CreationDate`, which AWS returns in `UserPoolClientType`.',
  'CreateUserPoolClient UserPoolClient.LastModifiedDate':
    'moto leaves out `LastModifiedDate`, which AWS returns in `UserPoolClientType`.',
  'AdminCreateUser User.MFAOptions':
    'moto returns an empty `MFAOptions`; AWS documents `MFAOptions` as no longer supported and sends none for users without SMS MFA.',
  'ListUsers Users[0].MFAOptions':
    'moto returns an empty `MFAOptions`; AWS documents `MFAOptions` as no longer supported and sends none for users without SMS MFA.',
  'AdminGetUser MFAOptions':
    'moto returns an empty `MFAOptions`; AWS documents `MFAOptions` as no longer supported and sends none for users without SMS MFA.',
  'AdminGetUser PreferredMfaSetting':
    'moto returns an empty string; AWS sends `PreferredMfaSetting` only when the user has a preferred MFA method.',
  'AdminGetUser UserMFASettingList':
    'moto returns an empty list; AWS sends `UserMFASettingList` only when the user has MFA methods enabled.',
  'InitiateAuth ChallengeParameters':
    'moto leaves out `ChallengeParameters`; Cognito returns an empty map with the tokens (InitiateAuth example response).',
  'CreateGroup Group.Description':
    'moto returns an empty `Description` for a group created without one; Cognito sends none.',
  'AdminListGroupsForUser Groups[0].Description':
    'moto returns an empty `Description` for a group created without one; Cognito sends none.',
};
