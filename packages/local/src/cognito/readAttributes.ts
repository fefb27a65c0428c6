import { LocalError } from '../server/LocalError.js';

const ATTRIBUTE_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,32}$/u;

/** A `[{Name, Value}]` list of the input as a record; `sub` cannot be set. */
export function readAttributes(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!Array.isArray(value))
    throw new LocalError('InvalidParameterException', 'UserAttributes must be a list.');
  const attributes: Record<string, string> = {};
  for (const item of value as { Name?: unknown; Value?: unknown }[]) {
    if (typeof item?.Name !== 'string' || !ATTRIBUTE_NAME.test(item.Name)) {
      throw new LocalError('InvalidParameterException', 'Attribute name is invalid.');
    }
    if (item.Name === 'sub')
      throw new LocalError('InvalidParameterException', 'Cannot modify the non-mutable attribute sub');
    attributes[item.Name] = typeof item.Value === 'string' ? item.Value : '';
  }
  return attributes;
}
