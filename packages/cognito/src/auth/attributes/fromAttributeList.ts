import { type AttributeList, isBooleanAttribute, type UserAttributes } from './UserAttributes.js';

/**
 * Cognito's `[{ Name, Value }]` list (GetUser, AdminGetUser, ListUsers, ...) as a plain record.
 * `email_verified` and `phone_number_verified` become booleans (`"true"` is true); every other
 * attribute, including ones this package does not know, keeps its string. An attribute without a
 * value is left out.
 *
 * @example
 * ```ts
 * const { email, email_verified, 'custom:tier': tier } = fromAttributeList(user.UserAttributes ?? []);
 * ```
 */
export function fromAttributeList(list: AttributeList): UserAttributes {
  const record: Record<string, string | boolean> = {};
  for (const { Name, Value } of list) {
    if (Value !== undefined) record[Name] = isBooleanAttribute(Name) ? Value === 'true' : Value;
  }
  return record as UserAttributes;
}
