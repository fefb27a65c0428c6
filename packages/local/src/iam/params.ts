import { LocalError } from '../server/LocalError.js';
import type { QueryParams } from '../wire/memberList.js';

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** A required parameter; missing, it is AWS's `ValidationError`. */
export function required(params: QueryParams, name: string): string {
  const value = params.get(name);
  if (value === undefined || value === '') {
    throw new LocalError(
      'ValidationError',
      `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

const NAME = /^[\w+=,.@-]+$/;

/** A required IAM entity name (`[\w+=,.@-]+`, at most `max` characters). */
export function entityName(params: QueryParams, name: string, max = 64): string {
  const value = required(params, name);
  if (!NAME.test(value) || value.length > max) {
    throw new LocalError(
      'ValidationError',
      `1 validation error detected: Value '${value}' at '${lowerFirst(name)}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  }
  return value;
}

/** A path parameter (`/` by default); must start and end with `/`. */
export function pathParam(params: QueryParams, name = 'Path'): string {
  const value = params.get(name) ?? '/';
  if (!/^\/([\x21-\x7e]*\/)?$/.test(value) || value.length > 512) {
    throw new LocalError(
      'ValidationError',
      `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`,
    );
  }
  return value;
}

/** An optional boolean parameter (`true`/`false`). */
export const booleanParam = (params: QueryParams, name: string): boolean | undefined => {
  const value = params.get(name);
  return value === undefined ? undefined : value === 'true';
};
