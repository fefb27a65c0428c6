import { describe, expectTypeOf, it } from 'vitest';
import type { components, StsOperationName, StsOperations } from '../src/index.js';

type Schemas = components['schemas'];
type AssumeRoleInput = StsOperations['AssumeRole']['input'];

// Checked by `tsc` (typecheck includes test/); vitest only runs the no-op asserts.
describe('generated STS operation types', () => {
  it('rejects a missing required member and a misspelt member', () => {
    const valid: AssumeRoleInput = { RoleArn: 'arn:aws:iam::123456789012:role/r', RoleSessionName: 's' };
    expectTypeOf(valid).toEqualTypeOf<AssumeRoleInput>();
    // @ts-expect-error RoleSessionName is required by the model
    const missing: AssumeRoleInput = { RoleArn: 'arn:aws:iam::123456789012:role/r' };
    // @ts-expect-error RoleARN is not a member (the model spells it RoleArn)
    const misspelt: AssumeRoleInput = { RoleARN: 'arn', RoleSessionName: 's' };
    expectTypeOf(missing).not.toBeAny();
    expectTypeOf(misspelt).not.toBeAny();
  });

  it('keeps required credential members required', () => {
    expectTypeOf<Schemas['Credentials']>().toEqualTypeOf<{
      AccessKeyId: string;
      SecretAccessKey: string;
      SessionToken: string;
      Expiration: Date;
    }>();
    expectTypeOf<StsOperations['AssumeRole']['errors']>().toEqualTypeOf<
      'MalformedPolicyDocument' | 'PackedPolicyTooLarge' | 'RegionDisabledException' | 'ExpiredTokenException'
    >();
  });

  it('knows operation names', () => {
    expectTypeOf<'GetCallerIdentity'>().toExtend<StsOperationName>();
    // @ts-expect-error AssumeRoles is not an STS operation
    expectTypeOf<StsOperations['AssumeRoles']>().toBeNever();
  });
});
