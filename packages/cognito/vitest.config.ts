import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // SRP's 3072-bit arithmetic and the reference library are slow on a loaded machine.
    testTimeout: 60_000,
  },
});
