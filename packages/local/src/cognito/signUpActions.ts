import { ids } from '../ids.js';
import { LocalError } from '../server/LocalError.js';
import type { CognitoUser, UserPool } from '../store/State.js';
import type { CognitoAction } from './CognitoContext.js';
import { checkSecretHash, field, lookup } from './lookup.js';
import { newUser } from './newUser.js';
import { checkPasswordPolicy, setPassword } from './passwords.js';
import { readAttributes } from './readAttributes.js';

const mask = (value: string): string =>
  value.includes('@') ? `${value[0]}***@${value.split('@')[1]}` : `+*******${value.slice(-4)}`;

/** Where a code "was sent": the pool's auto-verified attribute the user has. */
const delivery = (pool: UserPool, user: CognitoUser) => {
  const attribute = pool.autoVerifiedAttributes.find((name) => user.attributes[name] !== undefined);
  if (!attribute) return undefined;
  return {
    Destination: mask(user.attributes[attribute]!),
    DeliveryMedium: attribute === 'email' ? 'EMAIL' : 'SMS',
    AttributeName: attribute,
  };
};

const checkCode = (pool: UserPool, user: CognitoUser, code: string): void => {
  if (pool.codes[user.username] !== code) {
    throw new LocalError('CodeMismatchException', 'Invalid verification code provided, please try again.');
  }
  delete pool.codes[user.username];
};

const clientUser = (context: Parameters<CognitoAction>[0]) => {
  const { pool, client } = lookup.clientAnywhere(context.state, field(context.input, 'ClientId'));
  const username = field(context.input, 'Username');
  checkSecretHash(client, [username], context.input.SecretHash);
  return { pool, username };
};

/** Self-service sign-up, confirmation codes and forgotten passwords (unsigned). */
export const signUpActions: Record<string, CognitoAction> = {
  SignUp: (context) => {
    const { pool, username } = clientUser(context);
    const password = field(context.input, 'Password');
    const user = newUser(
      pool,
      username,
      readAttributes(context.input.UserAttributes),
      'UNCONFIRMED',
      context.now,
    );
    checkPasswordPolicy(pool.passwordPolicy, password);
    setPassword(pool, user, password);
    pool.users[user.username] = user;
    pool.codes[user.username] = ids.code();
    return { UserConfirmed: false, UserSub: user.sub, CodeDeliveryDetails: delivery(pool, user) };
  },
  ConfirmSignUp: (context) => {
    const { pool, username } = clientUser(context);
    const user = lookup.user(pool, username);
    if (user.status !== 'UNCONFIRMED') {
      throw new LocalError(
        'NotAuthorizedException',
        `User cannot be confirmed. Current status is ${user.status}`,
      );
    }
    checkCode(pool, user, field(context.input, 'ConfirmationCode'));
    user.status = 'CONFIRMED';
    for (const attribute of pool.autoVerifiedAttributes) {
      if (user.attributes[attribute] !== undefined) user.attributes[`${attribute}_verified`] = 'true';
    }
    user.modified = context.now;
    return {};
  },
  ResendConfirmationCode: (context) => {
    const { pool, username } = clientUser(context);
    const user = lookup.user(pool, username);
    pool.codes[user.username] = ids.code();
    return { CodeDeliveryDetails: delivery(pool, user) };
  },
  ForgotPassword: (context) => {
    const { pool, username } = clientUser(context);
    const user = lookup.user(pool, username);
    pool.codes[user.username] = ids.code();
    return { CodeDeliveryDetails: delivery(pool, user) };
  },
  ConfirmForgotPassword: (context) => {
    const { pool, username } = clientUser(context);
    const user = lookup.user(pool, username);
    const password = field(context.input, 'Password');
    checkCode(pool, user, field(context.input, 'ConfirmationCode'));
    checkPasswordPolicy(pool.passwordPolicy, password);
    setPassword(pool, user, password);
    user.status = 'CONFIRMED';
    user.modified = context.now;
    return {};
  },
};
