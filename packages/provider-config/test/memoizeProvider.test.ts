import { describe, expect, it } from 'vitest';
import { type AwsCredentials, createCredentials, memoizeProvider, REFRESH_WINDOW_MS } from '../src/index.js';
import { rejection } from './support/thrown.js';

const START = new Date('2026-12-06T12:00:00Z');

function source(lifetimeMs: number | undefined, clock: () => Date) {
  let calls = 0;
  const load = async (): Promise<AwsCredentials> => {
    calls += 1;
    const expiration = lifetimeMs === undefined ? undefined : new Date(clock().getTime() + lifetimeMs);
    return createCredentials({ accessKeyId: `AKID${calls}`, secretAccessKey: 'secret', expiration });
  };
  return { load, calls: () => calls };
}

describe('memoizeProvider', () => {
  it('keeps credentials until the refresh window (5 minutes by default), then fetches once', async () => {
    let now = START;
    const clock = () => now;
    const { load, calls } = source(3_600_000, clock);
    const provider = memoizeProvider(load, { clock });
    await provider();
    now = new Date(START.getTime() + 3_600_000 - REFRESH_WINDOW_MS);
    expect((await provider()).accessKeyId).toBe('AKID1'); // exactly at the window: still fresh
    now = new Date(now.getTime() + 1);
    expect((await Promise.all([provider(), provider()])).map((c) => c.accessKeyId)).toEqual([
      'AKID2',
      'AKID2',
    ]);
    expect(calls()).toBe(2);
  });

  it('takes another window, and keeps credentials without expiration for good', async () => {
    let now = START;
    const clock = () => now;
    const timed = source(3_600_000, clock);
    const provider = memoizeProvider(timed.load, { clock, refreshWindowMs: 30 * 60_000 });
    await provider();
    now = new Date(START.getTime() + 29 * 60_000); // 31 minutes left
    await provider();
    expect(timed.calls()).toBe(1);
    now = new Date(START.getTime() + 31 * 60_000); // 29 minutes left: inside a 30-minute window
    await provider();
    expect(timed.calls()).toBe(2);
    const forever = source(undefined, clock);
    const lasting = memoizeProvider(forever.load, { clock });
    await lasting();
    now = new Date(START.getTime() + 10 * 365 * 86_400_000);
    await lasting();
    expect(forever.calls()).toBe(1);
  });

  it('does not keep a failure, thrown or rejected, and shares it among concurrent callers', async () => {
    let calls = 0;
    const provider = memoizeProvider(() => {
      calls += 1;
      if (calls === 1) throw new Error('first');
      if (calls === 2) return Promise.reject(new Error('second'));
      return Promise.resolve(createCredentials({ accessKeyId: 'AKID', secretAccessKey: 'secret' }));
    });
    const [a, b] = await Promise.all([rejection(provider()), rejection(provider())]);
    expect([a.message, b.message]).toEqual(['first', 'first']);
    expect((await rejection(provider())).message).toBe('second');
    expect((await provider()).accessKeyId).toBe('AKID');
    expect(calls).toBe(3);
  });
});
