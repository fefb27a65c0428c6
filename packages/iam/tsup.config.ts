import { defineConfig, type Options } from 'tsup';

/**
 * ky is ESM-only. Under Node's `require(esm)`, `require('ky')` returns its module namespace, which
 * esbuild's CommonJS interop then wraps once more (`ky.default.create` is not a function), so the CommonJS
 * builds carry their own copy of ky.
 */
const CJS_BUNDLED = ['ky'];

// Node (`node` export condition): one bundled file per format. Nothing is tree-shaken in Node, and loading
// one module instead of ~35 is a good part of the cold start. The workspace dependencies are bundled in
// too (tree-shaken: IAM's endpoint rules only), which saves loading their modules. Whitespace and syntax
// are minified (less to parse), names are kept for readable stack traces.
const node: Options = {
  entry: ['src/index.node.ts'],
  noExternal: ['@iamkit/provider-config', '@iamkit/runtime', '@iamkit/signer'],
  minifyWhitespace: true,
  minifySyntax: true,
  dts: true,
  sourcemap: true,
  target: 'es2022',
};

export default defineConfig([
  {
    // ESM for bundlers and browsers: one output file per source file (no bundling). Consumers' bundlers
    // then tree-shake per module, so an application calling only `listUsers` never carries the other 175
    // operations' schemas, and `send`'s by-name map costs nothing unless `send` is used.
    entry: ['src/**/*.ts', '!src/index.node.ts'],
    bundle: false,
    format: ['esm'],
    dts: { entry: ['src/index.ts'] },
    sourcemap: true,
    target: 'es2022',
  },
  // ESM keeps ky external, so an application's own ky import shares the module.
  { ...node, format: ['esm'] },
  { ...node, format: ['cjs'], noExternal: [...(node.noExternal ?? []), ...CJS_BUNDLED] },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    noExternal: CJS_BUNDLED,
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
]);
