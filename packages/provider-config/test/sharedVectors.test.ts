import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointTestsDir, loadEndpointTests } from './support/sharedVectors.js';

describe('loading ../shared/vectors/endpoint-tests', () => {
  it('resolves the folder beside the checkout', () => {
    expect(endpointTestsDir.endsWith(path.join('shared', 'vectors', 'endpoint-tests'))).toBe(true);
  });

  it('fails when CI is set and the folder is missing', () => {
    expect(() => loadEndpointTests('iam', { dir: '/nonexistent/endpoint-tests', ci: 'true' })).toThrow(
      /CI is set/,
    );
  });

  it('reports a missing folder as absent outside CI, so the suites show as skipped', () => {
    expect(loadEndpointTests('iam', { dir: '/nonexistent/endpoint-tests', ci: undefined })).toBeUndefined();
  });
});
