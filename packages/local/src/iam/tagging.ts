import { LocalError } from '../server/LocalError.js';
import type { Tag } from '../store/State.js';
import { memberList, type QueryParams } from '../wire/memberList.js';

const MAX_TAGS = 50;

/** `Tags.member.N.Key/Value` of a request. */
export const readTags = (params: QueryParams): Tag[] =>
  memberList(params, 'Tags', ['Key', 'Value']).map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' }));

/** `existing` with `added` set (a key replaces its value); at most 50, as IAM allows. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const merged = new Map(existing.map((tag) => [tag.Key, tag.Value]));
  for (const tag of added) {
    if (tag.Key === '' || tag.Key.length > 128 || tag.Value.length > 256) {
      throw new LocalError(
        'ValidationError',
        `1 validation error detected: Value '${tag.Key}' at 'tags.key' failed to satisfy constraint`,
      );
    }
    merged.set(tag.Key, tag.Value);
  }
  if (merged.size > MAX_TAGS) {
    throw new LocalError('LimitExceeded', 'The number of tags has reached the maximum limit.', 409);
  }
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}

/** `existing` without the keys of `TagKeys.member.N`. */
export const removeTags = (existing: readonly Tag[], params: QueryParams): Tag[] => {
  const keys = new Set(memberList(params, 'TagKeys'));
  return existing.filter((tag) => !keys.has(tag.Key));
};
