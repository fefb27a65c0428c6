import { defineConfig } from 'tsup';

export default defineConfig({
  // `node` is its own entry so the browser-safe main entry never reaches node: modules.
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
