import { InvalidAuthInputError, UnexpectedAuthResponseError } from '../CognitoAuthError.js';
import { redact } from '../redact.js';
import type { AuthConfig } from './AuthConfig.js';
import type { SignInResult, SoftwareTokenSetup } from './SignInResult.js';

/**
 * MFA_SETUP with an authenticator app: AssociateSoftwareToken gives the secret, VerifySoftwareToken
 * checks the user's first code, and `finish` answers MFA_SETUP with the session Cognito returned
 * from the verification. Each call hands on the newest session.
 */
export async function setUpSoftwareToken(
  config: AuthConfig,
  session: string | undefined,
  finish: (session: string | undefined) => Promise<SignInResult>,
): Promise<SoftwareTokenSetup> {
  if (!session) throw new UnexpectedAuthResponseError('the MFA_SETUP challenge came without a Session');
  const associated = await config.invoke('AssociateSoftwareToken', { Session: session }, { signed: false });
  if (!associated.SecretCode)
    throw new UnexpectedAuthResponseError('AssociateSoftwareToken answered without a SecretCode');
  const associatedSession = associated.Session ?? session;
  const setup: SoftwareTokenSetup = {
    secretCode: associated.SecretCode,
    verify: async (code, options = {}) => {
      if (typeof code !== 'string' || code === '') {
        throw new InvalidAuthInputError('code must be a non-empty string');
      }
      const verified = await config.invoke(
        'VerifySoftwareToken',
        {
          Session: associatedSession,
          UserCode: code,
          ...(options.friendlyDeviceName !== undefined && { FriendlyDeviceName: options.friendlyDeviceName }),
        },
        { signed: false },
      );
      return finish(verified.Session ?? associatedSession);
    },
  };
  return redact(setup, ['secretCode']);
}
