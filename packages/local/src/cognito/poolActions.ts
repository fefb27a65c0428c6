import { ids } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { PasswordPolicy, UserPool } from '../store/State.js';
import type { CognitoAction } from './CognitoContext.js';
import { createPoolKey } from './jwt.js';
import { field, lookup } from './lookup.js';
import { paginateResults } from './paginateResults.js';
import { POOL_DEFAULTS } from './poolDefaults.js';

const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

const seconds = (ms: number): number => ms / 1000;

const poolArn = (region: string, account: string, id: string): string =>
  `arn:aws:cognito-idp:${region}:${account}:userpool/${id}`;

const passwordPolicy = (input: Record<string, unknown>): PasswordPolicy => {
  const given =
    (input.Policies as { PasswordPolicy?: Partial<PasswordPolicy> } | undefined)?.PasswordPolicy ?? {};
  const policy = { ...DEFAULT_PASSWORD_POLICY, ...given };
  if (!Number.isInteger(policy.MinimumLength) || policy.MinimumLength < 6 || policy.MinimumLength > 99) {
    throw new LocalError(
      'InvalidParameterException',
      'Password policy MinimumLength must be between 6 and 99.',
    );
  }
  return policy;
};

const describe = (pool: UserPool, region: string, account: string) => ({
  ...POOL_DEFAULTS,
  Id: pool.id,
  Name: pool.name,
  Policies: { PasswordPolicy: pool.passwordPolicy },
  LastModifiedDate: seconds(pool.modified),
  CreationDate: seconds(pool.created),
  MfaConfiguration: pool.mfaConfiguration,
  EstimatedNumberOfUsers: Object.keys(pool.users).length,
  UsernameAttributes: pool.usernameAttributes.length > 0 ? pool.usernameAttributes : undefined,
  AutoVerifiedAttributes: pool.autoVerifiedAttributes.length > 0 ? pool.autoVerifiedAttributes : undefined,
  Arn: poolArn(region, account, pool.id),
});

/** User pools: create, describe, list, delete. */
export const poolActions: Record<string, CognitoAction> = {
  CreateUserPool: ({ state, input, now, region }) => {
    const name = field(input, 'PoolName');
    const mfa = (input.MfaConfiguration as UserPool['mfaConfiguration'] | undefined) ?? 'OFF';
    if (!['OFF', 'ON', 'OPTIONAL'].includes(mfa)) {
      throw new LocalError('InvalidParameterException', `Invalid MfaConfiguration: ${mfa}`);
    }
    const pool: UserPool = {
      id: `${region}_${ids.poolSuffix()}`,
      name,
      created: now,
      modified: now,
      passwordPolicy: passwordPolicy(input),
      mfaConfiguration: mfa,
      usernameAttributes: (input.UsernameAttributes as string[] | undefined) ?? [],
      autoVerifiedAttributes: (input.AutoVerifiedAttributes as string[] | undefined) ?? [],
      key: createPoolKey(),
      clients: {},
      users: {},
      groups: {},
      codes: {},
    };
    state.userPools[pool.id] = pool;
    return { UserPool: describe(pool, region, state.accountId) };
  },
  DescribeUserPool: ({ state, input, region }) => ({
    UserPool: describe(lookup.pool(state, field(input, 'UserPoolId')), region, state.accountId),
  }),
  ListUserPools: ({ state, input }) => {
    const pools = Object.values(state.userPools).map((pool) => ({
      Id: pool.id,
      Name: pool.name,
      LastModifiedDate: seconds(pool.modified),
      CreationDate: seconds(pool.created),
    }));
    const { page, next } = paginateResults(pools, input, 'MaxResults', 'NextToken', 60, true);
    return { UserPools: page, NextToken: next };
  },
  UpdateUserPool: ({ state, input, now }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    if (input.Policies !== undefined) pool.passwordPolicy = passwordPolicy(input);
    if (typeof input.MfaConfiguration === 'string')
      pool.mfaConfiguration = input.MfaConfiguration as UserPool['mfaConfiguration'];
    pool.modified = now;
    return {};
  },
  DeleteUserPool: ({ state, input }) => {
    const pool = lookup.pool(state, field(input, 'UserPoolId'));
    delete state.userPools[pool.id];
    for (const [token, grant] of Object.entries(state.refreshTokens)) {
      if (grant.poolId === pool.id) delete state.refreshTokens[token];
    }
    return {};
  },
};
