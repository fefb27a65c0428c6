import type { RoleAssumer } from '@iamkit/provider-config';
import { type StsRoleAssumerOptions, stsRoleAssumer } from '../credentials/stsRoleAssumer.js';

/** The options of a provider that may assume roles through this package's STS client. */
export interface StsProviderOptions {
  /** Makes the STS calls. Default: {@link stsRoleAssumer} with `sts`. */
  roleAssumer?: RoleAssumer;
  /** Options of the default role assumer's STS client (endpoint, timeouts, `fetch`). */
  sts?: StsRoleAssumerOptions;
}

/**
 * A provider-config option object with the STS role assumer filled in, the `sts` options consumed.
 *
 * @example
 * ```ts
 * chain(withStsRoleAssumer({ profile: 'cross-account' })); // roleAssumer: stsRoleAssumer()
 * ```
 */
export const withStsRoleAssumer = <Options extends StsProviderOptions>(
  options: Options,
): Omit<Options, 'sts'> & { roleAssumer: RoleAssumer } => {
  const { sts, ...rest } = options;
  return { ...rest, roleAssumer: options.roleAssumer ?? stsRoleAssumer(sts) };
};
