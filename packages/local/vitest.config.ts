import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // moto takes a few seconds to start; the machine is shared, so hooks get room.
    hookTimeout: 90_000,
  },
});
