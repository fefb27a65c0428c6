import type { AssumeRoleParams, AssumeRoleWithWebIdentityParams, RoleAssumer } from '../../src/index.js';
import { SECRET, TOKEN } from './secrets.js';

type Call =
  | { operation: 'assumeRole'; params: AssumeRoleParams }
  | { operation: 'assumeRoleWithWebIdentity'; params: AssumeRoleWithWebIdentityParams };

/**
 * A RoleAssumer standing in for @iamkit/sts: records each call and answers with credentials
 * `ASIAROLE<n>` that expire an hour after `clock()`.
 */
export function fakeRoleAssumer(clock: () => Date) {
  const calls: Call[] = [];
  const issue = () => ({
    accessKeyId: `ASIAROLE${calls.length}`,
    secretAccessKey: SECRET,
    sessionToken: TOKEN,
    expiration: new Date(clock().getTime() + 3_600_000),
  });
  const roleAssumer: RoleAssumer = {
    async assumeRole(params) {
      calls.push({ operation: 'assumeRole', params });
      return issue();
    },
    async assumeRoleWithWebIdentity(params) {
      calls.push({ operation: 'assumeRoleWithWebIdentity', params });
      return issue();
    },
  };
  return { roleAssumer, calls };
}
