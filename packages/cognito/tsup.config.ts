import { defineConfig } from 'tsup';

export default defineConfig({
  // index: browsers, edge runtimes, bundlers (WebCrypto, no client secret); index.node: the `node` condition
  // (node:http, default credentials, node:crypto sign-in that accepts a client secret).
  entry: ['src/index.ts', 'src/index.node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
