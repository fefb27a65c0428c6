import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing, npm installs, moto, tsc and whole release rehearsals: slow on a shared 2-core machine.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The two files each start servers and run builds; one at a time keeps the machine usable.
    fileParallelism: false,
  },
});
