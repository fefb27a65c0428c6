import { defineConfig, type Options } from 'tsup';

/**
 * ky is ESM-only. Under Node's `require(esm)`, `require('ky')` returns its module namespace, which
 * esbuild's CommonJS interop then wraps once more (`ky.default.create` is not a function), so the CommonJS
 * builds carry their own copy of ky.
 */
const CJS_BUNDLED = ['ky'];

const common: Options = { dts: true, sourcemap: true, target: 'es2022' };

export default defineConfig([
  {
    // ESM for bundlers and browsers: one output file per source file, so a bundle keeps only the modules
    // it reaches (a Query-only client carries no JSON protocol code, and the reverse).
    ...common,
    entry: ['src/**/*.ts', '!src/index.node.ts', '!src/transport/node/**'],
    bundle: false,
    format: ['esm'],
    dts: { entry: ['src/index.ts'] },
  },
  // Node (`node` export condition): one bundled file per format; the service packages bundle it again.
  { ...common, entry: ['src/index.node.ts'], format: ['esm'] },
  { ...common, entry: ['src/index.node.ts'], format: ['cjs'], noExternal: CJS_BUNDLED },
  { ...common, entry: ['src/index.ts'], format: ['cjs'], noExternal: CJS_BUNDLED },
]);
