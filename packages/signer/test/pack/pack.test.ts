// The published package, as users get it: `pnpm pack`, `npm install <tgz>` into an empty project,
// then imported as ESM, as CJS, and from TypeScript with nodenext, plus a browser bundle. Each
// signs at a fixed date and must match an independent reference (@smithy/signature-v4).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckOutput, credentials, fixedDate, fixtures, listUsers } from './fixtures.js';
import { packAndInstall, packageDir, type ScratchProject, tscPath } from './scratchProject.js';

const signingDate = new Date(fixedDate);
let project: ScratchProject;
let expectedAuthorization: string;
let expectedPresignSignature: string;

async function reference() {
  const smithy = new SignatureV4({
    credentials,
    region: 'us-east-1',
    service: 'iam',
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  });
  const host = 'iam.amazonaws.com';
  const signed = await smithy.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'https:',
      hostname: host,
      path: '/',
      headers: { ...listUsers.headers, host },
      body: listUsers.body,
    }),
    { signingDate },
  );
  const presigned = await smithy.presign(
    new HttpRequest({
      method: 'GET',
      protocol: 'https:',
      hostname: host,
      path: '/',
      query: { Action: 'ListUsers', Version: '2010-05-08' },
      headers: { host },
    }),
    { signingDate, expiresIn: 900 },
  );
  return {
    authorization: String(signed.headers.authorization),
    signature: String(presigned.query?.['X-Amz-Signature']),
  };
}

function runNode(file: string): CheckOutput {
  const stdout = project.run(process.execPath, ['--import', './subtle-counter.mjs', file]);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as CheckOutput;
}

function expectSignedCorrectly(out: CheckOutput) {
  expect(out.method).toBe('POST');
  expect(out.url).toBe(listUsers.url);
  expect(out.headers.authorization).toBe(expectedAuthorization);
  expect(out.headers['x-amz-date']).toBe('20150830T123600Z');
  expect(out.headers['content-type']).toBe(listUsers.headers['content-type']);
  const presigned = new URL(out.presignedUrl);
  expect(`${presigned.origin}${presigned.pathname}`).toBe('https://iam.amazonaws.com/');
  expect(presigned.searchParams.get('X-Amz-Expires')).toBe('900');
  expect(presigned.searchParams.get('X-Amz-Credential')).toBe(
    'AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request',
  );
  expect(presigned.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
  expect(presigned.searchParams.get('X-Amz-Signature')).toBe(expectedPresignSignature);
}

describe('the packed @iamkit/signer tarball', () => {
  beforeAll(async () => {
    if (!existsSync(join(packageDir, 'dist')))
      throw new Error('packages/signer/dist is missing: build first');
    ({ authorization: expectedAuthorization, signature: expectedPresignSignature } = await reference());
    project = packAndInstall();
    for (const [file, text] of Object.entries(fixtures)) project.write(file, text);
  }, 180_000);
  afterAll(() => project?.remove());

  it('ships dist and package.json only (no sources, tests or benchmarks)', () => {
    const listing = execFileSync('tar', ['-tzf', project.tarball], { encoding: 'utf8' }).trim().split('\n');
    const outside = listing.filter(
      (entry) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(entry),
    );
    expect(outside).toEqual([]);
    expect(listing).toContain('package/dist/index.js');
    const installed = JSON.parse(
      readFileSync(join(project.dir, 'node_modules/@iamkit/signer/package.json'), 'utf8'),
    );
    expect(installed.dependencies ?? {}).toEqual({});
  });

  it('ESM import under the node condition signs with node:crypto', () => {
    const out = runNode('check.mjs');
    expectSignedCorrectly(out);
    expect(out.subtleCalls).toBe(0);
  });

  it('CJS require under the node condition signs with node:crypto', () => {
    const out = runNode('check.cjs');
    expectSignedCorrectly(out);
    expect(out.subtleCalls).toBe(0);
  });

  it('TypeScript with module/moduleResolution nodenext type-checks (.mts and .cts) and runs', () => {
    project.run(process.execPath, [tscPath, '-p', 'tsconfig.json']);
    for (const compiled of ['out/check.mjs', 'out/check.cjs']) {
      const out = runNode(compiled);
      expectSignedCorrectly(out);
      expect(out.subtleCalls).toBe(0);
    }
  }, 60_000);

  it('a browser-conditions bundle picks the WebCrypto backend', async () => {
    const outfile = join(project.dir, 'browser-bundle.mjs');
    const result = await build({
      entryPoints: [join(project.dir, 'browser-entry.mjs')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile,
      metafile: true,
      logLevel: 'silent',
    });
    const bundled = readFileSync(outfile, 'utf8');
    expect(bundled).not.toMatch(/node:crypto|require\(["']crypto["']\)/);
    expect(
      Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/@iamkit/signer/')),
    ).toBe(true);
    const out = runNode('browser-bundle.mjs');
    expectSignedCorrectly(out);
    expect(out.subtleCalls).toBeGreaterThan(0);
  });
});
