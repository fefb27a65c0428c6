import { isoSeconds } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { QueryAction } from './ActionContext.js';
import { find } from './find.js';
import { booleanParam, entityName, required } from './params.js';

const noProfile = (name: string) =>
  new LocalError('NoSuchEntity', `Login Profile for User ${name} cannot be found.`, 404);

/** Console passwords of IAM users: only their existence is kept, never the password. */
export const loginProfileActions: Record<string, QueryAction> = {
  CreateLoginProfile: ({ state, params, now }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    const password = required(params, 'Password');
    if (password.length < 8) {
      throw new LocalError('PasswordPolicyViolation', 'Password should have a minimum length of 8', 400);
    }
    if (user.loginProfile) {
      throw new LocalError('EntityAlreadyExists', `Login Profile for user ${user.name} already exists.`, 409);
    }
    user.loginProfile = {
      created: isoSeconds(now),
      passwordResetRequired: booleanParam(params, 'PasswordResetRequired') ?? false,
    };
    return {
      LoginProfile: {
        UserName: user.name,
        CreateDate: user.loginProfile.created,
        PasswordResetRequired: user.loginProfile.passwordResetRequired,
      },
    };
  },
  GetLoginProfile: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    if (!user.loginProfile) throw noProfile(user.name);
    return {
      LoginProfile: {
        UserName: user.name,
        CreateDate: user.loginProfile.created,
        PasswordResetRequired: user.loginProfile.passwordResetRequired,
      },
    };
  },
  UpdateLoginProfile: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    if (!user.loginProfile) throw noProfile(user.name);
    const reset = booleanParam(params, 'PasswordResetRequired');
    if (reset !== undefined) user.loginProfile.passwordResetRequired = reset;
    return undefined;
  },
  DeleteLoginProfile: ({ state, params }) => {
    const user = find.user(state, entityName(params, 'UserName'));
    if (!user.loginProfile) throw noProfile(user.name);
    user.loginProfile = undefined;
    return undefined;
  },
};
