const CODE_MESSAGE = 'Your verification code is {####}. ';
const INVITE_MESSAGE = 'Your username is {username} and temporary password is {####}. ';

/** Cognito's standard attributes in its order: `s` a string, `b` a boolean, `n` a number. */
const STANDARD_ATTRIBUTES =
  's:sub s:name s:given_name s:family_name s:middle_name s:nickname s:preferred_username s:profile s:picture s:website s:email b:email_verified s:gender s:birthdate s:zoneinfo s:locale s:phone_number b:phone_number_verified s:address n:updated_at';

const attribute = (Name: string, AttributeDataType: string, extra: Record<string, unknown> = {}) => ({
  Name,
  AttributeDataType,
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
  ...extra,
});

const text = (Name: string, min = '0', max = '2048') =>
  attribute(Name, 'String', { StringAttributeConstraints: { MinLength: min, MaxLength: max } });

/**
 * The settings Cognito reports for a pool created without them (messages, recovery, the standard
 * attribute schema); the emulator does not send messages, so they are descriptive only.
 */
export const POOL_DEFAULTS = {
  AccountRecoverySetting: {
    RecoveryMechanisms: [
      { Name: 'verified_email', Priority: 1 },
      { Name: 'verified_phone_number', Priority: 2 },
    ],
  },
  AdminCreateUserConfig: {
    AllowAdminCreateUserOnly: false,
    InviteMessageTemplate: {
      EmailMessage: INVITE_MESSAGE,
      EmailSubject: 'Your temporary password',
      SMSMessage: INVITE_MESSAGE,
    },
    UnusedAccountValidityDays: 7,
  },
  EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
  EmailVerificationMessage: CODE_MESSAGE,
  EmailVerificationSubject: 'Your verification code',
  SmsVerificationMessage: CODE_MESSAGE,
  VerificationMessageTemplate: {
    DefaultEmailOption: 'CONFIRM_WITH_CODE',
    EmailMessage: CODE_MESSAGE,
    EmailSubject: 'Your verification code',
    SmsMessage: CODE_MESSAGE,
  },
  SchemaAttributes: STANDARD_ATTRIBUTES.split(' ').map((entry) => {
    const [kind, name] = entry.split(':') as [string, string];
    if (kind === 'b') return attribute(name, 'Boolean');
    if (kind === 'n') return attribute(name, 'Number', { NumberAttributeConstraints: { MinValue: '0' } });
    if (name === 'sub') return { ...text(name, '1'), Mutable: false, Required: true };
    return name === 'birthdate' ? text(name, '10', '10') : text(name);
  }),
};
