import type { AttributeList, UserAttributes } from './UserAttributes.js';

/**
 * A record of attributes as Cognito's `[{ Name, Value }]` list (for SignUp, AdminCreateUser,
 * UpdateUserAttributes, ...). Booleans become `"true"`/`"false"`; `undefined` members are left out.
 *
 * @example
 * ```ts
 * toAttributeList({ email: 'alice@example.com', 'custom:tier': 'gold' });
 * // [{ Name: 'email', Value: 'alice@example.com' }, { Name: 'custom:tier', Value: 'gold' }]
 * ```
 */
export function toAttributeList(attributes: UserAttributes): AttributeList {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([Name, value]) => ({ Name, Value: String(value) }));
}
