import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // moto takes a few seconds to start and bootstrap.
    hookTimeout: 60_000,
  },
});
