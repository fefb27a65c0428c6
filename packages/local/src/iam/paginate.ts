import { LocalError } from '../server/LocalError.js';
import type { QueryParams } from '../wire/memberList.js';

/**
 * One page of `items` by IAM's `Marker`/`MaxItems` (default 100, at most 1000): the page and the
 * `IsTruncated`/`Marker` fields of the result. The marker is the offset, opaque to clients.
 */
export function paginate<T>(
  items: readonly T[],
  params: QueryParams,
): { page: T[]; IsTruncated: boolean; Marker?: string } {
  const maxItems = Number(params.get('MaxItems') ?? '100');
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > 1000) {
    throw new LocalError(
      'ValidationError',
      `1 validation error detected: Value '${params.get('MaxItems')}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  }
  const marker = params.get('Marker');
  const start = marker === undefined ? 0 : Number(Buffer.from(marker, 'base64').toString('utf8'));
  if (!Number.isInteger(start) || start < 0) throw new LocalError('ValidationError', 'Invalid Marker.');
  const page = items.slice(start, start + maxItems);
  const end = start + page.length;
  return end < items.length
    ? { page, IsTruncated: true, Marker: Buffer.from(String(end)).toString('base64') }
    : { page, IsTruncated: false };
}
