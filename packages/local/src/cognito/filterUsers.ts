import { LocalError } from '../server/LocalError.js';
import type { CognitoUser } from '../store/State.js';

const FILTER = /^\s*([\w:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

const filterValue = (user: CognitoUser, name: string): string | undefined => {
  if (name === 'username') return user.username;
  if (name === 'sub') return user.sub;
  if (name === 'status') return user.enabled ? 'Enabled' : 'Disabled';
  if (name === 'cognito:user_status') return user.status;
  return user.attributes[name];
};

/** ListUsers' `Filter`: `attribute = "value"` (exact) or `attribute ^= "value"` (prefix). */
export function filterUsers(users: readonly CognitoUser[], filter: string | undefined): CognitoUser[] {
  if (filter === undefined || filter === '') return [...users];
  const match = FILTER.exec(filter);
  if (!match) throw new LocalError('InvalidParameterException', 'Error while parsing filter.');
  const [, name, operator, raw] = match as unknown as [string, string, string, string];
  const expected = raw.replace(/\\(.)/g, '$1');
  return users.filter((user) => {
    const actual = filterValue(user, name);
    return actual !== undefined && (operator === '=' ? actual === expected : actual.startsWith(expected));
  });
}
