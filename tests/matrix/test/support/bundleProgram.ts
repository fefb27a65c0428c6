import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

export interface BundleOptions {
  /** The project holding `conformance.mjs` and the installed packages. */
  dir: string;
  /** The bundle's entry module, written into `dir`: it imports `./conformance.mjs`. */
  entrySource: string;
  outfile: string;
  /** The packages whose entries to record. */
  names: readonly string[];
  conditions?: readonly string[];
}

/**
 * Records in `entries` the file each of `names` resolves to under the build's settings, whether the
 * program imports it or not: the entry a bundle of that package would get.
 */
const recordEntries = (dir: string, names: readonly string[], entries: Record<string, string>): Plugin => ({
  name: 'record-entries',
  setup(bundler) {
    bundler.onStart(async () => {
      for (const name of names) {
        const { path, errors } = await bundler.resolve(name, { kind: 'import-statement', resolveDir: dir });
        entries[name] = path || errors.map((error) => error.text).join('; ');
      }
    });
  },
});

/**
 * Bundles the conformance program and the installed packages for a runtime without a module
 * resolver of its own (workerd, a browser), as an application's bundler would: esbuild for the
 * browser platform, with the runtime's export conditions. Resolves with the file each public
 * package resolves to there: the entry that runtime gets.
 */
export async function bundleProgram(options: BundleOptions): Promise<Record<string, string>> {
  const entry = join(options.dir, `${options.outfile}.entry.mjs`);
  const entries: Record<string, string> = {};
  writeFileSync(entry, options.entrySource);
  await build({
    absWorkingDir: options.dir,
    entryPoints: [entry],
    outfile: join(options.dir, options.outfile),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    ...(options.conditions ? { conditions: [...options.conditions] } : {}),
    plugins: [recordEntries(options.dir, options.names, entries)],
    logLevel: 'silent',
  });
  return entries;
}
