import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each runtime starts cold and talks to moto over loopback; on 2 busy cores that can take a while.
    testTimeout: 120_000,
    // Packing, installing the tarballs and starting moto.
    hookTimeout: 180_000,
  },
});
