import { LocalError } from '../server/LocalError.js';

/**
 * One page of `items` by a Cognito limit field (`MaxResults`, `Limit`) and token field
 * (`NextToken`, `PaginationToken`); the token is the offset, opaque to clients.
 */
export function paginateResults<T>(
  items: readonly T[],
  input: Record<string, unknown>,
  limitField: string,
  tokenField: string,
  max: number,
  limitRequired = false,
): { page: T[]; next: string | undefined } {
  const limit = input[limitField] ?? (limitRequired ? undefined : max);
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new LocalError(
      'InvalidParameterException',
      `1 validation error detected: Value '${String(limit ?? 'null')}' at '${limitField.charAt(0).toLowerCase()}${limitField.slice(1)}' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
    );
  }
  const token = input[tokenField];
  const start = typeof token === 'string' ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new LocalError('InvalidParameterException', 'Invalid pagination token.');
  const page = items.slice(start, start + limit);
  const end = start + page.length;
  return { page, next: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined };
}
