// Type-level checks (run by `tsc`, typecheck includes test/): the injected seam's shapes fit the
// generated model, so wiring CognitoInvoke to the generated client needs no conversions; and the
// sign-in result makes illegal answers unrepresentable.
import { describe, expectTypeOf, test } from 'vitest';
import type { AuthOperationName, AuthOperations, CognitoInvoke, SignInResult } from '../src/auth/index.js';
import type { CognitoOperationName, CognitoOperations } from '../src/generated/cognitoIdp.operations.js';

type Model = CognitoOperations;
/** true when every operation's input we send is a valid model input, and every model output is one we read. */
type Fits = {
  [Name in AuthOperationName]: AuthOperations[Name]['input'] extends Model[Name]['input']
    ? Model[Name]['output'] extends AuthOperations[Name]['output']
      ? true
      : ['model output does not fit', Name]
    : ['input does not fit the model', Name];
};

describe('the seam against the generated model', () => {
  test('every operation fits both ways', () => {
    expectTypeOf<Fits[AuthOperationName]>().toEqualTypeOf<true>();
  });

  test("a generic client's send is a CognitoInvoke as is, without casts", () => {
    // The shape a generated client's call takes; the wiring is the one line below.
    const send = async <Op extends CognitoOperationName>(
      _operation: Op,
      _input: Model[Op]['input'],
    ): Promise<Model[Op]['output']> => ({}) as Model[Op]['output'];
    const invoke: CognitoInvoke = (operation, input) => send(operation, input);
    expectTypeOf(invoke).toEqualTypeOf<CognitoInvoke>();
  });
});

describe('sign-in results', () => {
  test('each step takes only its own answer', () => {
    const answer = async (result: SignInResult) => {
      switch (result.kind) {
        case 'signedIn':
          // @ts-expect-error a signed-in result has nothing to answer
          return result.respond('123456');
        case 'NEW_PASSWORD_REQUIRED':
          // @ts-expect-error a new password is an object with newPassword, not a code
          await result.respond('123456');
          return result.respond({ newPassword: 'x', attributes: { given_name: 'A' } });
        case 'SELECT_MFA_TYPE':
          // @ts-expect-error only the MFA types Cognito knows can be chosen
          await result.respond('VOICE');
          return result.respond('SOFTWARE_TOKEN_MFA');
        case 'MFA_SETUP': {
          // @ts-expect-error MFA setup is not answered by a code: set a factor up first
          await result.respond('123456');
          const app = await result.setUpSoftwareToken();
          return app.verify('123456');
        }
        default:
          return result.respond('123456');
      }
    };
    expectTypeOf(answer).returns.resolves.toEqualTypeOf<SignInResult>();
  });
});
