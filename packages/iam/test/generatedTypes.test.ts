import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../src/generated/iam.js';
import type { IamErrorCode, IamOperationName, IamOperations } from '../src/generated/iam.operations.js';

type Schemas = components['schemas'];
type CreateUserInput = IamOperations['CreateUser']['input'];

// These checks run in `tsc` (the typecheck script includes test/); vitest only executes the no-op asserts.
describe('generated IAM operation types', () => {
  it('takes input and output types from the generated components', () => {
    expectTypeOf<CreateUserInput>().toEqualTypeOf<Schemas['CreateUserRequest']>();
    expectTypeOf<IamOperations['CreateUser']['output']>().toEqualTypeOf<Schemas['CreateUserResponse']>();
    expectTypeOf<IamOperations['ListUsers']['output']['Users']>().toEqualTypeOf<Schemas['User'][]>();
  });

  it('rejects a missing required member and a misspelt member', () => {
    const valid: CreateUserInput = { UserName: 'alice', Path: '/engineering/' };
    expectTypeOf(valid).toEqualTypeOf<CreateUserInput>();
    // @ts-expect-error UserName is required by the model
    const missing: CreateUserInput = { Path: '/engineering/' };
    // @ts-expect-error UserNmae is not a member of CreateUserRequest
    const misspelt: CreateUserInput = { UserName: 'alice', UserNmae: 'alice' };
    expectTypeOf(missing).not.toBeAny();
    expectTypeOf(misspelt).not.toBeAny();
  });

  it('makes output members the model marks required non-optional, the rest optional', () => {
    expectTypeOf<Schemas['User']['UserName']>().toEqualTypeOf<string>();
    expectTypeOf<Schemas['User']['CreateDate']>().toEqualTypeOf<Date>();
    expectTypeOf<Pick<Schemas['User'], 'UserName' | 'Arn'>>().toEqualTypeOf<{
      UserName: string;
      Arn: string;
    }>();
    expectTypeOf<Pick<Schemas['User'], 'PasswordLastUsed'>>().toEqualTypeOf<{ PasswordLastUsed?: Date }>();
    // @ts-expect-error User.Arn is required in responses
    const user: Schemas['User'] = { Path: '/', UserName: 'a', UserId: 'AIDA', CreateDate: new Date() };
    expectTypeOf(user).not.toBeAny();
  });

  it('knows operation names and error codes', () => {
    expectTypeOf<'CreateUser'>().toExtend<IamOperationName>();
    // @ts-expect-error CreatUser is not an IAM operation
    expectTypeOf<IamOperations['CreatUser']>().toBeNever();
    expectTypeOf<IamOperations['CreateUser']['errors']>().toEqualTypeOf<
      | 'LimitExceeded'
      | 'EntityAlreadyExists'
      | 'NoSuchEntity'
      | 'InvalidInput'
      | 'ConcurrentModification'
      | 'ServiceFailure'
    >();
    expectTypeOf<IamOperations['CreateUser']['errors']>().toExtend<IamErrorCode>();
  });

  it('gives operations without input or output an empty object', () => {
    expectTypeOf<IamOperations['GetAccountSummary']['input']>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<IamOperations['DeleteUser']['output']>().toEqualTypeOf<Record<string, never>>();
    // @ts-expect-error an operation without input takes no members
    const extra: IamOperations['GetAccountSummary']['input'] = { UserName: 'alice' };
    expectTypeOf(extra).not.toBeAny();
  });
});
