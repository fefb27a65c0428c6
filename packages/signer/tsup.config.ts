import { defineConfig } from 'tsup';

export default defineConfig({
  // index: WebCrypto (browsers, workers, Deno, Bun); index.node: node:crypto, under the "node" condition.
  entry: ['src/index.ts', 'src/index.node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
