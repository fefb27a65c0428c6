// The conformance suites must fail, not skip, when CI is set and the shared vectors are missing.
import { afterEach, expect, test, vi } from 'vitest';
import { vectorsDir } from './support/vectors.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

test('a present suite resolves beside the checkout (../shared/vectors)', () => {
  const dir = vectorsDir('sigv4-aws-c-auth');
  if (dir === undefined && !process.env.CI) return; // the suites warn and skip in this case
  expect(dir).toMatch(/[/\\]shared[/\\]vectors[/\\]sigv4-aws-c-auth$/);
});

test('a missing suite is an error with CI set', () => {
  vi.stubEnv('CI', 'true');
  expect(() => vectorsDir('no-such-suite')).toThrow(/required when CI is set/);
});

test('a missing suite is a visible skip without CI', () => {
  vi.stubEnv('CI', '');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(vectorsDir('no-such-suite')).toBeUndefined();
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('SKIPPING no-such-suite'));
});
