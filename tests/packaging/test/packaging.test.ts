// Every public package as users get it: packed (pnpm rewrites `workspace:` ranges), installed together
// with npm into a project outside the workspace, then used from ESM, CommonJS and TypeScript (nodenext
// and bundler), the ESM and CommonJS consumers against moto with signature checking on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInstalled } from '../../../scripts/release/checkInstalled.mjs';
import { checkInternalRanges } from '../../../scripts/release/checkInternalRanges.mjs';
import { checkTarball } from '../../../scripts/release/checkTarball.mjs';
import type { PackedPackage } from '../../../scripts/release/packPublicPackages.mjs';
import { readTarball } from '../../../scripts/release/readTarball.mjs';
import { repoLicense } from '../../../scripts/release/repoLicense.mjs';
import { repoRoot } from '../../../scripts/release/repoRoot.mjs';
import { workspacePackages } from '../../../scripts/release/workspacePackages.mjs';
import { consumerSources } from '../support/consumerSources.mjs';
import { packPublicPackages, scratchProject } from '../support/packPublicPackages.mjs';
import { type ConsumerResults, runConsumers } from '../support/runConsumers.mjs';
import type { ScratchProject } from '../support/scratchProject.mjs';
import { type Moto, startMoto } from '../support/startMoto.mjs';

const packages = workspacePackages(repoRoot);
const publicOnes = packages.filter((pkg) => !pkg.private);
const licenseText = repoLicense(repoRoot);
const sources = consumerSources(publicOnes);

let outDir: string;
let packed: PackedPackage[];
let moto: Moto | undefined;
let project: ScratchProject | undefined;
let results: ConsumerResults;

const packedOf = (name: string) => {
  const found = packed.find((pkg) => pkg.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found;
};

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'iamkit-packs-'));
  packed = await packPublicPackages(outDir);
  moto = await startMoto();
  project = await scratchProject({ install: [...packed.map((pkg) => pkg.tarball), ...sources.dependencies] });
  for (const [file, text] of Object.entries(sources.files)) project.write(file, text);
  results = await runConsumers(project, { specifiers: sources.specifiers, moto });
});

afterAll(async () => {
  await moto?.stop();
  project?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the public packages', () => {
  it('are the packages/* without "private": true (today at least signer, provider-config and iam)', () => {
    const names = publicOnes.map((pkg) => pkg.name);
    expect(names).toEqual(
      expect.arrayContaining(['@iamkit/signer', '@iamkit/provider-config', '@iamkit/iam']),
    );
    expect(names).not.toContain('@iamkit/codegen');
    expect(packed.map((pkg) => pkg.name)).toEqual(names);
  });

  it('are all devDependencies of this package, so turbo builds every one before this test', () => {
    const own = JSON.parse(readFileSync(join(repoRoot, 'tests/packaging/package.json'), 'utf8'));
    const missing = publicOnes.filter((pkg) => own.devDependencies?.[pkg.name] !== 'workspace:*');
    expect(
      missing.map((pkg) => `${pkg.name} is not in tests/packaging devDependencies as workspace:*`),
    ).toEqual([]);
  });
});

describe.each(publicOnes.map((pkg) => pkg.name))('the %s tarball', (name) => {
  it('holds package.json, README.md, the repository LICENSE (pnpm packs the root one) and dist/, nothing else', () => {
    expect(licenseText).toContain('Apache License');
    const pkg = packedOf(name);
    expect(checkTarball(pkg, licenseText)).toEqual([]);
    const { files } = readTarball(pkg.tarball);
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
    ]);
  });

  it('depends on our other packages through ranges that include their packed versions', () => {
    const manifest = JSON.parse(readTarball(packedOf(name).tarball).read('package.json'));
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    expect(checkInternalRanges([{ name, manifest }], packages, { packed: true })).toEqual([]);
  });
});

describe('installed together from the tarballs into a project outside the workspace', () => {
  it('each public package is the packed one, with no second copy anywhere', () => {
    expect(project?.dir.startsWith(repoRoot)).toBe(false);
    expect(checkInstalled(project?.dir ?? '', publicOnes)).toEqual([]);
  });

  it.each(['esm', 'cjs'] as const)(
    '%s consumer against moto: signs a request, resolves a platform connection, creates, lists and gets a user, and gets a guarded NoSuchEntity',
    (flavour) => {
      expect(results.problems.filter((problem) => problem.startsWith(flavour))).toEqual([]);
      const userName = `consumer-${flavour}`;
      expect(results.scenario[flavour]).toMatchObject({
        signedStatus: 200,
        signedListsAdmin: true,
        connection: { url: moto?.url, signingRegion: 'us-east-1' },
        created: userName,
        got: { userName, createDateIsDate: true },
        missing: { guarded: true, code: 'NoSuchEntity', statusCode: 404 },
      });
      expect(results.scenario[flavour]?.listed).toContain(userName);
    },
  );

  it('every entry point of every public package loads as ESM and as CommonJS, with the same exports', () => {
    const { esm, cjs } = results.exportNames;
    for (const specifier of sources.specifiers) {
      expect(esm?.[specifier]?.length, specifier).toBeGreaterThan(0);
      expect(cjs?.[specifier], specifier).toEqual(esm?.[specifier]);
    }
    expect(sources.specifiers).toEqual(expect.arrayContaining(['@iamkit/provider-config/node']));
  });

  it.each(['nodenext', 'bundler'] as const)(
    'TypeScript consumers type-check with %s resolution (strict, no skipLibCheck), misuse refused',
    (mode) => {
      expect(results.typecheck[mode]).toBe('');
      expect(results.problems.filter((problem) => problem.includes(`(${mode})`))).toEqual([]);
    },
  );
});
