import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Chromium and the emulator share a loaded 2-core machine with other builds: generous, never asserted.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One app and one browser per file; files one after the other.
    fileParallelism: false,
  },
});
