import { adminUserActions } from './adminUserActions.js';
import { authActions } from './authActions.js';
import type { CognitoAction } from './CognitoContext.js';
import { clientActions } from './clientActions.js';
import { groupActions } from './groupActions.js';
import { poolActions } from './poolActions.js';
import { selfActions } from './selfActions.js';
import { signUpActions } from './signUpActions.js';

/** Every Cognito user pools operation the emulator implements, by its `X-Amz-Target` name. */
export const cognitoActions: Readonly<Record<string, CognitoAction>> = {
  ...poolActions,
  ...clientActions,
  ...adminUserActions,
  ...signUpActions,
  ...groupActions,
  ...authActions,
  ...selfActions,
};
