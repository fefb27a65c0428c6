/** A tag as IAM stores it. */
export interface Tag {
  Key: string;
  Value: string;
}

/** An IAM user. */
export interface IamUser {
  name: string;
  id: string;
  path: string;
  created: string;
  tags: Tag[];
  inline: Record<string, string>;
  attached: string[];
  loginProfile?: { created: string; passwordResetRequired: boolean } | undefined;
}

/** An IAM group; `members` are user names. */
export interface IamGroup {
  name: string;
  id: string;
  path: string;
  created: string;
  members: string[];
  inline: Record<string, string>;
  attached: string[];
}

/** An IAM role and its trust policy. */
export interface IamRole {
  name: string;
  id: string;
  path: string;
  created: string;
  trustPolicy: string;
  description?: string | undefined;
  maxSessionDuration: number;
  tags: Tag[];
  inline: Record<string, string>;
  attached: string[];
}

/** A customer managed policy with its versions (`v1`, `v2`, ...). */
export interface IamPolicy {
  name: string;
  id: string;
  path: string;
  arn: string;
  created: string;
  updated: string;
  description?: string | undefined;
  defaultVersion: string;
  nextVersion: number;
  versions: { id: string; document: string; created: string }[];
  tags: Tag[];
}

/** An instance profile; `roles` are role names. */
export interface IamInstanceProfile {
  name: string;
  id: string;
  path: string;
  created: string;
  roles: string[];
  tags: Tag[];
}

/** A long-term access key: of the account's root when `userName` is null. */
export interface AccessKey {
  secret: string;
  userName: string | null;
  status: 'Active' | 'Inactive';
  created: string;
}

/** Temporary credentials from STS. */
export interface Session {
  secret: string;
  token: string;
  expiration: number;
  /** The assumed role, or absent for GetSessionToken (then `userName` is the caller). */
  roleName?: string | undefined;
  roleSessionName?: string | undefined;
  userName?: string | null | undefined;
}

/** A Cognito user. */
export interface CognitoUser {
  username: string;
  sub: string;
  attributes: Record<string, string>;
  enabled: boolean;
  status: 'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED';
  created: number;
  modified: number;
  /** Salted SHA-256 (hex) of the password, the SRP salt and verifier (hex); never the password. */
  password?: { hash: string; salt: string; verifier: string } | undefined;
  totp?: { secret: string; verified: boolean } | undefined;
  mfaPreferred: boolean;
}

/** A Cognito app client. */
export interface CognitoClient {
  id: string;
  name: string;
  secret?: string | undefined;
  explicitAuthFlows: string[];
  created: number;
  refreshTokenValidityDays: number;
}

/** A Cognito group. */
export interface CognitoGroup {
  name: string;
  description?: string | undefined;
  precedence?: number | undefined;
  roleArn?: string | undefined;
  created: number;
  members: string[];
}

/** A password policy as the CreateUserPool `Policies.PasswordPolicy` shape. */
export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  TemporaryPasswordValidityDays: number;
}

/** A user pool, its signing key (JWK, private) and everything in it. */
export interface UserPool {
  id: string;
  name: string;
  created: number;
  modified: number;
  passwordPolicy: PasswordPolicy;
  mfaConfiguration: 'OFF' | 'ON' | 'OPTIONAL';
  usernameAttributes: string[];
  autoVerifiedAttributes: string[];
  key: { kid: string; privateJwk: Record<string, unknown>; publicJwk: Record<string, unknown> };
  clients: Record<string, CognitoClient>;
  users: Record<string, CognitoUser>;
  groups: Record<string, CognitoGroup>;
  /** Last confirmation code per username, readable through the test API. */
  codes: Record<string, string>;
}

/** A refresh token's grant; revoking it revokes the access tokens of the same sign-in (`origin_jti`). */
export interface RefreshGrant {
  poolId: string;
  clientId: string;
  username: string;
  originJti: string;
  issued: number;
  revoked: boolean;
}

/** Everything the emulator remembers: plain JSON, so it persists as one file. */
export interface State {
  version: 1;
  accountId: string;
  root: { accessKeyId: string };
  users: Record<string, IamUser>;
  groups: Record<string, IamGroup>;
  roles: Record<string, IamRole>;
  policies: Record<string, IamPolicy>;
  instanceProfiles: Record<string, IamInstanceProfile>;
  accessKeys: Record<string, AccessKey>;
  sessions: Record<string, Session>;
  userPools: Record<string, UserPool>;
  refreshTokens: Record<string, RefreshGrant>;
}
