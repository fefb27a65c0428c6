import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// TEMPORARY until @iamkit/signer is built: resolve it from source so the suites load.
const signerDist = fileURLToPath(new URL('../signer/dist/index.js', import.meta.url));
const alias = existsSync(signerDist)
  ? {}
  : { '@iamkit/signer': fileURLToPath(new URL('../signer/src/index.ts', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
