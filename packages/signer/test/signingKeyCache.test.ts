import { describe, expect, test } from 'vitest';
import { signingKeyCache } from '../src/parts/signingKeyCache.js';

const fill = (limit: unknown, count: number) => {
  const cache = signingKeyCache<number>(limit as number);
  for (let i = 0; i < count; i++) cache.set('secret', `2015083${i}/us-east-1/iam/aws4_request`, i);
  return Array.from({ length: count }, (_, i) =>
    cache.get('secret', `2015083${i}/us-east-1/iam/aws4_request`),
  );
};

describe('signingKeyCache', () => {
  test('holds at most `limit` keys, dropping the oldest first', () => {
    expect(fill(3, 5)).toEqual([undefined, undefined, 2, 3, 4]);
  });

  test('stays bounded whatever limit an untyped caller passes', () => {
    for (const limit of [Number.NaN, 0, -1, 'x', null]) {
      expect(
        fill(limit, 5).filter((key) => key !== undefined),
        String(limit),
      ).toEqual([4]);
    }
  });

  test('keys by secret and scope: another secret never sees an entry', () => {
    const cache = signingKeyCache<string>();
    cache.set('secret-a', '20150830/us-east-1/iam/aws4_request', 'a');
    expect(cache.get('secret-b', '20150830/us-east-1/iam/aws4_request')).toBeUndefined();
    expect(cache.get('secret-a', '20150830/us-east-1/iam/aws4_request')).toBe('a');
  });
});
