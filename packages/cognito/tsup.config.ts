import { defineConfig } from 'tsup';

export default defineConfig({
  // index: universal (WebCrypto, no client secret); index.node: node:crypto and client secrets, under the "node" condition.
  entry: ['src/index.ts', 'src/index.node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
