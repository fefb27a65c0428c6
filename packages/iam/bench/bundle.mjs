// Browser bundle size of an entry that calls only ListUsers, ours against @aws-sdk/client-iam:
// esbuild (bundle, minify, platform browser, ESM) then gzip -9. Our bytes are split by dropping one
// dependency at a time from the same entry. Used by run.mjs; runs alone with `node bench/bundle.mjs`
// (add `--write DIR` to keep our unminified and minified bundles for reading, `--inputs` to list the minified
// bytes each source file puts into ours, from esbuild's metafile).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

export const entries = {
  ours: `import { createIamClient, listUsers } from '@iamkit/iam';
const client = createIamClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
listUsers(client, {}).then((out) => console.log(out.Users));`,
  sdk: `import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
const client = new IAMClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
client.send(new ListUsersCommand({})).then((out) => console.log(out.Users));`,
};

const runEsbuild = (contents, external, minify, metafile = false) =>
  build({
    stdin: { contents, resolveDir: here, loader: 'js' },
    bundle: true,
    minify,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external,
    metafile,
  });

const bundle = async (contents, external = [], minify = true) =>
  (await runEsbuild(contents, external, minify)).outputFiles[0].contents;

/** The minified bytes (before gzip) each source file puts into the bundle, largest first. */
const bytesPerInput = async (contents) => {
  const { metafile } = await runEsbuild(contents, [], true, true);
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => [bytesInOutput, path.replace(/^.*node_modules\//, '')])
    .sort(([a], [b]) => b - a);
};

export const bundleBytes = async (contents, external = []) =>
  gzipSync(await bundle(contents, external), { level: 9 }).length;

/** Both bundles' min+gzip bytes, and where ours go. */
export const measureBundles = async () => {
  const sizes = { ours: await bundleBytes(entries.ours), sdk: await bundleBytes(entries.sdk) };
  const withoutProvider = await bundleBytes(entries.ours, ['@iamkit/provider-config']);
  const withoutKy = await bundleBytes(entries.ours, ['@iamkit/provider-config', 'ky']);
  const withoutSigner = await bundleBytes(entries.ours, ['@iamkit/provider-config', 'ky', '@iamkit/signer']);
  const ownOnly = await bundleBytes(entries.ours, [
    '@iamkit/provider-config',
    'ky',
    '@iamkit/signer',
    '@iamkit/runtime',
  ]);
  const breakdown = {
    '@iamkit/iam itself (generated schemas, factory)': ownOnly,
    '@iamkit/runtime': withoutSigner - ownOnly,
    '@iamkit/signer': withoutKy - withoutSigner,
    ky: withoutProvider - withoutKy,
    '@iamkit/provider-config': sizes.ours - withoutProvider,
  };
  return { bundle: sizes, breakdown };
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bundle: sizes, breakdown } = await measureBundles();
  console.log('bundle (min+gzip bytes):', sizes, breakdown);
  console.log(
    `ours = ${sizes.ours} B (target ≤ 13,971 B), ours / sdk = ${(sizes.ours / sizes.sdk).toFixed(3)}`,
  );
  if (process.argv.includes('--inputs')) {
    for (const [bytes, path] of await bytesPerInput(entries.ours))
      console.log(String(bytes).padStart(7), path);
  }
  const i = process.argv.indexOf('--write');
  if (i > 0) {
    const dir = process.argv[i + 1];
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ours.js'), await bundle(entries.ours, [], false));
    writeFileSync(join(dir, 'ours.min.js'), await bundle(entries.ours));
    console.log(`wrote ${dir}/ours.js and ours.min.js`);
  }
}
