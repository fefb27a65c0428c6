import type { CognitoUser } from '../store/State.js';

/** A user's attributes as Cognito lists them (`sub` first). */
export const attributeList = (user: CognitoUser, only?: readonly string[]) =>
  Object.entries({ sub: user.sub, ...user.attributes })
    .filter(([name]) => !only || only.includes(name))
    .map(([Name, Value]) => ({ Name, Value }));

/** Cognito's `UserType` (ListUsers, AdminCreateUser). */
export const userView = (user: CognitoUser, only?: readonly string[]) => ({
  Username: user.username,
  Attributes: attributeList(user, only),
  UserCreateDate: user.created / 1000,
  UserLastModifiedDate: user.modified / 1000,
  Enabled: user.enabled,
  UserStatus: user.status,
});

/** MFA fields of AdminGetUser and GetUser. */
export const mfaView = (user: CognitoUser) =>
  user.totp?.verified
    ? {
        PreferredMfaSetting: user.mfaPreferred ? 'SOFTWARE_TOKEN_MFA' : undefined,
        UserMFASettingList: ['SOFTWARE_TOKEN_MFA'],
      }
    : {};
