// The release rehearsal (`pnpm release:rehearse`) on the current tree, then once per way a release can
// go wrong, each introduced on purpose in the rehearsal's copy: it must fail naming the package.
// One prepared copy serves every run (reset to its first commit each time), and turbo's cache makes
// the builds after the first one cheap.
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mutations, rehearse } from '../../../scripts/release/rehearse.mjs';
import { prepareRepoCopy } from '../../../scripts/release/repoCopy.mjs';
import { repoRoot } from '../../../scripts/release/repoRoot.mjs';
import { runCommand } from '../../../scripts/release/runCommand.mjs';
import type { Registry } from '../../../scripts/release/startRegistry.mjs';
import { workspacePackages } from '../../../scripts/release/workspacePackages.mjs';

const publicNames = workspacePackages(repoRoot)
  .filter((pkg) => !pkg.private)
  .map((pkg) => pkg.name);
const privateName = workspacePackages(repoRoot).find((pkg) => pkg.private)?.name ?? '';
const log = (line: string) => console.log(line);
const rehearsalFolders = () =>
  readdirSync(tmpdir()).filter(
    (name) =>
      /^iamkit-(rehearsal|scratch|release-check)-/.test(name) && !name.startsWith('iamkit-rehearsal-test-'),
  );

let workDir: string;
let copy: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'iamkit-rehearsal-test-'));
  copy = await prepareRepoCopy(repoRoot, join(workDir, 'repo'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

// The fields the cases edit: package.json's version and dependencies, .changeset/config.json's fixed.
type EditedJson = { version: string; dependencies: Record<string, string>; fixed: string[][] };
const editJson = (file: string, edit: (json: EditedJson) => void) => {
  const json = JSON.parse(readFileSync(file, 'utf8')) as EditedJson;
  edit(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
};
const packageJson = (repo: string, folder: string) => join(repo, 'packages', folder, 'package.json');
const versionOf = (repo: string, folder: string) =>
  JSON.parse(readFileSync(packageJson(repo, folder), 'utf8')).version;
const npmAt = (registry: Registry) => ({
  ...process.env,
  npm_config_registry: registry.url,
  npm_config_userconfig: registry.npmrc,
});

const failure = async (mutate: Mutations) => {
  try {
    await rehearse({ copy, mutate, log });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the rehearsal passed');
};

it('passes on the current tree: every public package versioned together, published, installed from the registry alone and used', async () => {
  const foldersBefore = rehearsalFolders();
  const rehearsal = await rehearse({ copy, log });
  console.log(`rehearsal timings (ms): ${JSON.stringify(rehearsal.timings)}`);
  expect(rehearsal.packages).toEqual(publicNames);
  expect(rehearsal.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(rehearsal.consumers.problems).toEqual([]);
  expect(rehearsal.consumers.scenario.esm?.missing).toMatchObject({ guarded: true, code: 'NoSuchEntity' });
  expect(rehearsal.consumers.scenario.cjs?.missing).toMatchObject({ guarded: true, code: 'NoSuchEntity' });
  expect(rehearsal.consumers.typecheck).toEqual({ nodenext: '', bundler: '' });
  expect(versionOf(copy, 'signer')).toBe(rehearsal.version);
  // Cleaned up after itself: registry and moto stopped, its temp folders gone (the copy given to it stays).
  await expect(fetch(rehearsal.registryUrl)).rejects.toThrow();
  await expect(fetch(rehearsal.consumers.scenario.esm?.connection.url ?? '')).rejects.toThrow();
  expect(rehearsalFolders()).toEqual(foldersBefore);
});

describe('fails, naming the package, when', () => {
  it('a tarball has no README', async () => {
    const message = await failure({
      beforeVersion: (repo) => unlinkSync(join(repo, 'packages/provider-config/README.md')),
    });
    expect(message).toContain('@iamkit/provider-config: the tarball has no README.md');
  });

  it('the tarballs have no LICENSE (pnpm packs the root one into packages that have none)', async () => {
    const message = await failure({ beforeVersion: (repo) => unlinkSync(join(repo, 'LICENSE')) });
    for (const name of publicNames) expect(message).toContain(`${name}: the tarball has no LICENSE`);
  });

  it('one public package is at another version', async () => {
    const message = await failure({
      afterVersion: (repo) =>
        editJson(packageJson(repo, 'signer'), (json) => {
          json.version = `${json.version}-apart`;
        }),
    });
    expect(message).toMatch(/@iamkit\/signer: is at \S+-apart while/);
  });

  it('a changeset is versioned without the fixed group', async () => {
    const message = await failure({
      beforeVersion: (repo) => {
        editJson(join(repo, '.changeset/config.json'), (json) => {
          json.fixed = [];
        });
        writeFileSync(
          join(repo, '.changeset/signer-alone.md'),
          '---\n"@iamkit/signer": major\n---\n\nA breaking change.\n',
        );
      },
    });
    expect(message).toMatch(/@iamkit\/signer: is at \d+\.0\.0 while/);
  });

  it('a workspace: range points at another version than the release', async () => {
    const message = await failure({
      afterVersion: (repo) =>
        editJson(packageJson(repo, 'iam'), (json) => {
          json.dependencies['@iamkit/signer'] = 'workspace:^0.0.0-old';
        }),
    });
    expect(message).toMatch(
      /@iamkit\/iam: depends on @iamkit\/signer@\^0\.0\.0-old \(written workspace:\^0\.0\.0-old\), which does not include its release/,
    );
  });

  it("a CHANGELOG entry lacks its changeset's text", async () => {
    const text = 'The rehearsal test wrote this changeset, and then took its words out of the changelog.';
    const message = await failure({
      beforeVersion: (repo) =>
        writeFileSync(
          join(repo, '.changeset/rehearsal-entry.md'),
          `---\n"@iamkit/iam": patch\n---\n\n${text}\n`,
        ),
      afterVersion: (repo) => {
        const changelog = join(repo, 'packages/iam/CHANGELOG.md');
        writeFileSync(changelog, readFileSync(changelog, 'utf8').replace(text, 'Something else.'));
      },
    });
    expect(message).toMatch(
      /@iamkit\/iam: CHANGELOG\.md, section \S+, lacks the text of changeset rehearsal-entry/,
    );
  });

  // One run for the two registry cases (a publish costs half a minute); the check reports every problem.
  it('a private package is in the registry, and a public one is missing from it', async () => {
    const message = await failure({
      afterPublish: async (repo, registry) => {
        const dir = mkdtempSync(join(workDir, 'private-'));
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: privateName, version: '0.0.1' }));
        await runCommand('npm', ['publish', '--ignore-scripts'], { cwd: dir, env: npmAt(registry) });
        const spec = `@iamkit/provider-config@${versionOf(repo, 'provider-config')}`;
        await runCommand('npm', ['unpublish', spec, '--force'], { cwd: repo, env: npmAt(registry) });
      },
    });
    expect(message).toContain(`${privateName}: is private, but the registry has it (0.0.1)`);
    expect(message).toMatch(/@iamkit\/provider-config: is not in the registry at \S+ \(it has: none\)/);
    expect(message).not.toMatch(/@iamkit\/(signer|iam):/);
  });
});
