import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM for bundlers and browsers: one output file per source file (no bundling). Consumers' bundlers
    // then tree-shake per module, so an application calling only `listUsers` never carries the other 175
    // operations' schemas, and `send`'s by-name lookup (a namespace import of every schema) costs nothing
    // unless `send` is used.
    entry: ['src/**/*.ts', '!src/index.node.ts'],
    bundle: false,
    format: ['esm'],
    dts: { entry: ['src/index.ts'] },
    sourcemap: true,
    target: 'es2022',
  },
  {
    // Node (`node` export condition, ESM and CJS): one bundled file per entry. Nothing is tree-shaken in
    // Node, and loading one module instead of ~35 is a good part of the cold start. The workspace
    // dependencies are bundled in too (tree-shaken: IAM's endpoint rules only), which saves loading their
    // modules (about 8 ms of a cold start); ky stays external. Whitespace and syntax are minified (less to
    // parse), names are kept for readable stack traces.
    entry: ['src/index.node.ts'],
    format: ['esm', 'cjs'],
    noExternal: ['@iamkit/provider-config', '@iamkit/signer'],
    minifyWhitespace: true,
    minifySyntax: true,
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
]);
