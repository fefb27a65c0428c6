import { LocalError } from '../server/LocalError.js';
import type { CognitoUser } from '../store/State.js';

/** Applies `SoftwareTokenMfaSettings` (SetUserMFAPreference, AdminSetUserMFAPreference): TOTP must be verified first. */
export function applyMfaPreference(user: CognitoUser, input: Record<string, unknown>): void {
  const settings = input.SoftwareTokenMfaSettings as
    | { Enabled?: boolean; PreferredMfa?: boolean }
    | undefined;
  if (!settings) return;
  if (settings.Enabled && !user.totp?.verified) {
    throw new LocalError('InvalidParameterException', 'User has not verified software token mfa');
  }
  user.mfaPreferred = settings.Enabled === true;
}
