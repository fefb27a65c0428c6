import { fromAttributeList } from '../attributes/fromAttributeList.js';
import { toAttributeList } from '../attributes/toAttributeList.js';
import { InvalidAuthInputError, UnexpectedAuthResponseError } from '../CognitoAuthError.js';
import { requireText } from '../requireText.js';
import type { AuthConfig } from './AuthConfig.js';
import type { ChallengeName } from './AuthOperations.js';
import type { MfaType, SignInResult } from './SignInResult.js';
import { setUpSoftwareToken } from './setUpSoftwareToken.js';

/** Sends one answer to the current challenge (at the current session unless one is given). */
export type Answer = (
  challenge: ChallengeName,
  responses: Record<string, string>,
  session?: string,
) => Promise<SignInResult>;

const parseJson = <T>(params: Record<string, string>, name: string, fallback: T): T => {
  const text = params[name];
  if (text === undefined) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UnexpectedAuthResponseError(`the challenge's ${name} parameter is not JSON`);
  }
};

/**
 * The step the caller answers for a challenge that needs the user: each with its own typed
 * `respond` (or set-up functions), which adds exactly the ChallengeResponses that challenge takes.
 * Undefined for challenges that are not the user's to answer.
 */
export function challengeStep(
  name: string | undefined,
  params: Record<string, string>,
  session: string | undefined,
  config: AuthConfig,
  answer: Answer,
): Exclude<SignInResult, { kind: 'signedIn' }> | undefined {
  const codeStep = <Kind extends MfaType>(kind: Kind, field: string) => ({
    kind,
    ...(params.CODE_DELIVERY_DESTINATION && { destination: params.CODE_DELIVERY_DESTINATION }),
    respond: async (code: string) => answer(kind, { [field]: requireText('code', code) }),
  });
  switch (name) {
    case 'NEW_PASSWORD_REQUIRED': {
      const current = parseJson<Record<string, unknown>>(params, 'userAttributes', {});
      return {
        kind: name,
        userAttributes: fromAttributeList(
          Object.entries(current).map(([Name, Value]) => ({ Name, Value: String(Value) })),
        ),
        requiredAttributes: parseJson<string[]>(params, 'requiredAttributes', []).map((attribute) =>
          attribute.replace(/^userAttributes\./, ''),
        ),
        respond: async ({ newPassword, attributes = {} }) => {
          const responses: Record<string, string> = { NEW_PASSWORD: requireText('newPassword', newPassword) };
          for (const { Name, Value = '' } of toAttributeList(attributes))
            responses[`userAttributes.${Name}`] = Value;
          return answer(name, responses);
        },
      };
    }
    case 'SMS_MFA':
      return codeStep(name, 'SMS_MFA_CODE');
    case 'EMAIL_OTP':
      return codeStep(name, 'EMAIL_OTP_CODE');
    case 'SOFTWARE_TOKEN_MFA':
      return codeStep(name, 'SOFTWARE_TOKEN_MFA_CODE');
    case 'SELECT_MFA_TYPE': {
      const options = parseJson<MfaType[]>(params, 'MFAS_CAN_CHOOSE', []);
      return {
        kind: name,
        options,
        respond: async (choice) => {
          if (!options.includes(choice)) {
            throw new InvalidAuthInputError(`choose one of ${options.join(', ')}, not ${String(choice)}`);
          }
          return answer(name, { ANSWER: choice });
        },
      };
    }
    case 'MFA_SETUP':
      return {
        kind: name,
        options: parseJson<MfaType[]>(params, 'MFAS_CAN_SETUP', []),
        setUpEmailOtp: async (email) => answer(name, { EMAIL: requireText('email', email) }),
        setUpSoftwareToken: () =>
          setUpSoftwareToken(config, session, (verified) => answer(name, {}, verified)),
      };
    case 'CUSTOM_CHALLENGE':
      return {
        kind: name,
        parameters: params,
        respond: async (text) => answer(name, { ANSWER: requireText('answer', text) }),
      };
    default:
      return undefined;
  }
}
