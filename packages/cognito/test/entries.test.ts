// The package's one Node seam, as users resolve it from dist through package.json "exports":
// Node gets the node:crypto entry that accepts a client secret; browser bundlers get the
// universal entry, which refuses one and holds no node code.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundle } from './support/bundle.js';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const invoke = async () => ({});

describe('package entries (built dist)', () => {
  test('Node resolves the node entry: node:crypto, client secrets accepted', async () => {
    // By name through a variable: typecheck must not need dist/ (it runs before the build).
    const name = '@iamkit/cognito';
    const pkg = (await import(name)) as typeof import('../src/index.node.js');
    expect(pkg.nodeCryptoBackend?.name).toBe('node:crypto');
    expect(() =>
      pkg.createCognitoAuth({
        userPoolId: 'us-east-1_Ab1',
        clientId: 'c',
        clientSecret: 's',
        invoke: invoke as never,
      }),
    ).not.toThrow();
    expect(typeof pkg.webCryptoBackend.sha256).toBe('function');
  });

  test('a browser bundler resolves the universal entry: no node code, client secrets refused', async () => {
    const page = await bundle(
      `import { createCognitoAuth } from '@iamkit/cognito';
       export const auth = (invoke) => createCognitoAuth({ userPoolId: 'us-east-1_Ab1', clientId: 'c', invoke });`,
      { resolveDir: packageDir },
    );
    expect(page.inputs).toContain('dist/index.js');
    expect(page.inputs.filter((input) => input.includes('index.node'))).toEqual([]);
    expect(page.text).not.toContain('node:crypto');
    expect(page.text).toContain('ClientSecretInBrowserError');
  });
});
