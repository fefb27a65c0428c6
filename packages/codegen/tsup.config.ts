import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // openapi-typescript, Redocly and TypeScript are devDependencies here: load them, never bundle them.
  skipNodeModulesBundle: true,
});
