import { LocalError } from '../server/LocalError.js';
import { accessTokenUser } from './accessTokenUser.js';
import type { CognitoAction } from './CognitoContext.js';
import { lookup } from './lookup.js';
import { checkPasswordPolicy, passwordMatches, setPassword } from './passwords.js';
import { readAttributes } from './readAttributes.js';
import { checkTotp, newTotpSecret } from './totp.js';
import { attributeList, mfaView } from './userView.js';

/** What a signed-in user does with its access token (unsigned calls). */
export const selfActions: Record<string, CognitoAction> = {
  GetUser: ({ state, input, now }) => {
    const { user } = accessTokenUser(state, input.AccessToken, now);
    return { Username: user.username, UserAttributes: attributeList(user), ...mfaView(user) };
  },
  GlobalSignOut: ({ state, input, now }) => {
    const { user, pool } = accessTokenUser(state, input.AccessToken, now);
    for (const grant of Object.values(state.refreshTokens)) {
      if (grant.poolId === pool.id && grant.username === user.username) grant.revoked = true;
    }
    return {};
  },
  RevokeToken: ({ state, input }) => {
    const token = typeof input.Token === 'string' ? input.Token : '';
    const grant = state.refreshTokens[token];
    if (!grant) throw new LocalError('UnsupportedTokenTypeException', 'Unsupported token type.');
    const { client } = lookup.clientAnywhere(state, typeof input.ClientId === 'string' ? input.ClientId : '');
    if (client.id !== grant.clientId)
      throw new LocalError('UnauthorizedException', 'Token does not belong to this client.');
    if (client.secret !== undefined && input.ClientSecret !== client.secret) {
      throw new LocalError('NotAuthorizedException', 'Client secret is wrong.');
    }
    grant.revoked = true;
    return {};
  },
  ChangePassword: ({ state, input, now }) => {
    const { pool, user } = accessTokenUser(state, input.AccessToken, now);
    if (!passwordMatches(user, String(input.PreviousPassword ?? ''))) {
      throw new LocalError('NotAuthorizedException', 'Incorrect username or password.');
    }
    const password = String(input.ProposedPassword ?? '');
    checkPasswordPolicy(pool.passwordPolicy, password);
    setPassword(pool, user, password);
    user.modified = now;
    return {};
  },
  UpdateUserAttributes: ({ state, input, now }) => {
    const { user } = accessTokenUser(state, input.AccessToken, now);
    Object.assign(user.attributes, readAttributes(input.UserAttributes));
    user.modified = now;
    return {};
  },
  DeleteUser: ({ state, input, now }) => {
    const { pool, user } = accessTokenUser(state, input.AccessToken, now);
    delete pool.users[user.username];
    return {};
  },
  AssociateSoftwareToken: ({ state, input, now }) => {
    const { user } = accessTokenUser(state, input.AccessToken, now);
    user.totp = { secret: newTotpSecret(), verified: false };
    return { SecretCode: user.totp.secret };
  },
  VerifySoftwareToken: ({ state, input, now }) => {
    const { user } = accessTokenUser(state, input.AccessToken, now);
    if (!user.totp)
      throw new LocalError('InvalidParameterException', 'User has not set up software token mfa');
    if (!checkTotp(user.totp.secret, String(input.UserCode ?? ''), now)) {
      throw new LocalError('EnableSoftwareTokenMFAException', 'Code mismatch');
    }
    user.totp.verified = true;
    return { Status: 'SUCCESS' };
  },
  SetUserMFAPreference: ({ state, input, now }) => {
    const { user } = accessTokenUser(state, input.AccessToken, now);
    const settings = input.SoftwareTokenMfaSettings as
      | { Enabled?: boolean; PreferredMfa?: boolean }
      | undefined;
    if (settings) {
      if (settings.Enabled && !user.totp?.verified) {
        throw new LocalError('InvalidParameterException', 'User has not verified software token mfa');
      }
      user.mfaPreferred = settings.Enabled === true;
    }
    return {};
  },
};
