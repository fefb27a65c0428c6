import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM: one output file per source file (no bundling). Consumers' bundlers then tree-shake per module,
    // so an application calling only `listUsers` never carries the other 175 operations' schemas, and
    // `send`'s by-name lookup (a namespace import of every schema) costs nothing unless `send` is used.
    entry: ['src/**/*.ts'],
    bundle: false,
    format: ['esm'],
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    target: 'es2022',
  },
  {
    // CJS (Node `require`): one bundled file; bundle size does not matter there.
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
]);
