import { describe, expectTypeOf, it } from 'vitest';
import type { CognitoOperationName, CognitoOperations, components } from '../src/index.js';

type Schemas = components['schemas'];
type SignUpInput = CognitoOperations['SignUp']['input'];

// Checked by `tsc` (typecheck includes test/); vitest only runs the no-op asserts.
describe('generated Cognito operation types', () => {
  it('takes input and output from the generated components', () => {
    expectTypeOf<SignUpInput>().toEqualTypeOf<Schemas['SignUpRequest']>();
    expectTypeOf<CognitoOperations['SignUp']['output']>().toEqualTypeOf<Schemas['SignUpResponse']>();
  });

  it('rejects a missing required member and a misspelt member', () => {
    const valid: SignUpInput = { ClientId: 'client', Username: 'alice' };
    expectTypeOf(valid).toEqualTypeOf<SignUpInput>();
    // @ts-expect-error Username is required by the model
    const missing: SignUpInput = { ClientId: 'client' };
    // @ts-expect-error Usename is not a member of SignUpRequest
    const misspelt: SignUpInput = { ClientId: 'client', Username: 'alice', Usename: 'alice' };
    expectTypeOf(missing).not.toBeAny();
    expectTypeOf(misspelt).not.toBeAny();
  });

  it('keeps required output members required and types epoch timestamps as Date', () => {
    expectTypeOf<Pick<Schemas['SignUpResponse'], 'UserConfirmed' | 'UserSub'>>().toEqualTypeOf<{
      UserConfirmed: boolean;
      UserSub: string;
    }>();
    expectTypeOf<Pick<Schemas['AdminGetUserResponse'], 'UserCreateDate'>>().toEqualTypeOf<{
      UserCreateDate?: Date;
    }>();
  });

  it('knows operation names', () => {
    expectTypeOf<'InitiateAuth'>().toExtend<CognitoOperationName>();
    // @ts-expect-error InitiateAuthh is not a Cognito operation
    expectTypeOf<CognitoOperations['InitiateAuthh']>().toBeNever();
  });
});
