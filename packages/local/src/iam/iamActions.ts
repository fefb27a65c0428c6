import type { QueryAction } from './ActionContext.js';
import { accessKeyActions } from './accessKeyActions.js';
import { accountActions } from './accountActions.js';
import { groupActions } from './groupActions.js';
import { instanceProfileActions } from './instanceProfileActions.js';
import { loginProfileActions } from './loginProfileActions.js';
import { managedPolicyActions } from './managedPolicyActions.js';
import { principalPolicyActions } from './principalPolicyActions.js';
import { roleActions } from './roleActions.js';
import { userActions } from './userActions.js';

/** Every IAM action the emulator implements, by its Query `Action` name. */
export const iamActions: Readonly<Record<string, QueryAction>> = {
  ...userActions,
  ...groupActions,
  ...roleActions,
  ...managedPolicyActions,
  ...principalPolicyActions('User'),
  ...principalPolicyActions('Group'),
  ...principalPolicyActions('Role'),
  ...accessKeyActions,
  ...loginProfileActions,
  ...instanceProfileActions,
  ...accountActions,
};
