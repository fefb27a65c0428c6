import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(entry: string, options: { platform: 'browser' | 'node'; format?: 'esm' | 'iife' }) {
  const result = await build({
    entryPoints: [path.join(packageDir, entry)],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    platform: options.platform,
    format: options.format ?? 'esm',
    globalName: 'providerConfig',
  });
  return { text: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) };
}

describe('the main entry is browser-safe', () => {
  it('tree-shakes: importing only createCredentials leaves the rule sets and partitions out', async () => {
    const result = await build({
      stdin: { contents: "export { createCredentials } from './src/index.ts';", resolveDir: packageDir },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]?.text ?? '';
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain('iam-fips');
    expect(text).not.toContain('amazonaws');
  });

  it('tree-shakes per service: iamEndpointRules + resolveServiceEndpoint carry no STS or Cognito rules', async () => {
    const bundleOf = async (contents: string) => {
      const result = await build({
        stdin: { contents, resolveDir: packageDir },
        bundle: true,
        write: false,
        metafile: true,
        format: 'esm',
        platform: 'browser',
        logLevel: 'silent',
      });
      // Modules that contribute bytes to the output (metafile.inputs also lists the ones shaken out).
      const output = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
      const inputs = Object.keys(output).filter((input) => (output[input]?.bytesInOutput ?? 0) > 0);
      return { text: result.outputFiles[0]?.text ?? '', inputs };
    };
    const iamOnly = await bundleOf(
      "import { iamEndpointRules, resolveServiceEndpoint } from './src/index.ts';\n" +
        'export default resolveServiceEndpoint(iamEndpointRules, { region: "us-east-1" });',
    );
    expect(iamOnly.inputs).toContain('src/generated/iamRuleSet.ts');
    expect(iamOnly.inputs).toContain('src/generated/partitions.ts');
    for (const other of [
      'sts-rule-set',
      'cognito-idp-rule-set',
      'service-availability',
      'parse-api-subdomain',
      'assert-service-available',
    ]) {
      expect(iamOnly.inputs.filter((input) => input.includes(other))).toEqual([]);
    }
    expect(iamOnly.text).toContain('iam-fips');
    expect(iamOnly.text).not.toContain('sts.{Region}');
    expect(iamOnly.text).not.toContain('cognito-idp-fips.us-east-1.amazonaws.com');
    // The by-id API still reaches every service.
    const byId = await bundleOf("export { resolveEndpoint } from './src/index.ts';");
    expect(byId.inputs).toContain('src/generated/stsRuleSet.ts');
  });

  it('bundles for the browser without any node: module or the ./node sources', async () => {
    const { text, inputs } = await bundle('src/index.ts', { platform: 'browser' });
    expect(inputs.filter((input) => input.includes('src/node/'))).toEqual([]);
    expect(text).not.toMatch(/["']node:/);
    expect(text).not.toMatch(/\brequire\(/);
  });

  it('runs in a context with no process, require or fs', async () => {
    const { text } = await bundle('src/index.ts', { platform: 'browser', format: 'iife' });
    const context: Record<string, unknown> = { URL };
    runInNewContext(text, context);
    const api = context.providerConfig as typeof import('../src/index.js');
    expect(api.resolveEndpoint({ service: 'iam', region: 'eu-west-1' }).signingRegion).toBe('us-east-1');
  });

  it('would catch a node: import: the ./node entry does not bundle for the browser', async () => {
    await expect(bundle('src/node/index.ts', { platform: 'browser' })).rejects.toThrow(/node:/);
    await expect(bundle('src/node/index.ts', { platform: 'node' })).resolves.toBeDefined();
  });
});
