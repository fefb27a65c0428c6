// Each release check on small fixtures: silent when things are right, naming the package when not.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkChangelogs } from '../../../scripts/release/checkChangelogs.mjs';
import { checkInstalled } from '../../../scripts/release/checkInstalled.mjs';
import { checkInternalRanges } from '../../../scripts/release/checkInternalRanges.mjs';
import { checkTarball } from '../../../scripts/release/checkTarball.mjs';
import { checkVersions } from '../../../scripts/release/checkVersions.mjs';
import { readChangesets } from '../../../scripts/release/readChangesets.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'iamkit-checks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const writeTree = (root: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
};

const LICENSE = 'Apache License\nVersion 2.0\n';
let tarballs = 0;
const tarballOf = (files: Record<string, string>) => {
  const dir = writeTree(
    join(scratch, `tarball-${++tarballs}`),
    Object.fromEntries(Object.entries(files).map(([f, t]) => [`package/${f}`, t])),
  );
  execFileSync('tar', ['-czf', `${dir}.tgz`, '-C', dir, 'package']);
  return `${dir}.tgz`;
};
const goodFiles = { 'package.json': '{}', 'README.md': '# x', LICENSE, 'dist/index.js': 'export {};' };

describe('checkVersions', () => {
  it('passes one version and names the package at another', () => {
    const at = (version: string) => [
      { name: '@iamkit/signer', version },
      { name: '@iamkit/iam', version: '0.1.0' },
      { name: '@iamkit/provider-config', version: '0.1.0' },
    ];
    expect(checkVersions(at('0.1.0'))).toEqual([]);
    expect(checkVersions(at('1.0.0'))).toEqual([
      {
        package: '@iamkit/signer',
        problem: expect.stringContaining(
          'is at 1.0.0 while @iamkit/iam, @iamkit/provider-config are at 0.1.0',
        ),
      },
    ]);
  });
});

describe('checkInternalRanges', () => {
  const workspace = [
    { name: '@iamkit/signer', version: '0.1.0', private: false },
    { name: '@iamkit/codegen', version: '0.1.0', private: true },
  ];
  const iam = (dependencies: Record<string, string>) => [{ name: '@iamkit/iam', manifest: { dependencies } }];

  it('rewrites workspace: ranges as pnpm does and passes those that include the release', () => {
    for (const spec of ['workspace:^', 'workspace:~', 'workspace:*', 'workspace:^0.1.0', '^0.1.0']) {
      expect(checkInternalRanges(iam({ '@iamkit/signer': spec, ky: '^1.14.3' }), workspace), spec).toEqual(
        [],
      );
    }
  });

  it('names the dependent package when a range misses the release', () => {
    expect(checkInternalRanges(iam({ '@iamkit/signer': 'workspace:^0.0.0' }), workspace)).toEqual([
      {
        package: '@iamkit/iam',
        problem:
          'depends on @iamkit/signer@^0.0.0 (written workspace:^0.0.0), which does not include its release 0.1.0',
      },
    ]);
  });

  it('refuses a dependency on a private package, and a workspace: range left in a packed manifest', () => {
    expect(checkInternalRanges(iam({ '@iamkit/codegen': 'workspace:*' }), workspace)[0]?.problem).toMatch(
      /@iamkit\/codegen is private/,
    );
    expect(
      checkInternalRanges(iam({ '@iamkit/signer': 'workspace:^' }), workspace, { packed: true })[0]?.problem,
    ).toMatch(/published with @iamkit\/signer@workspace:\^/);
  });
});

describe('checkTarball', () => {
  const check = (files: Record<string, string>) =>
    checkTarball({ name: '@iamkit/x', tarball: tarballOf(files) }, LICENSE);

  it('passes package.json, README.md, LICENSE, CHANGELOG.md and dist/', () => {
    expect(check({ ...goodFiles, 'CHANGELOG.md': '# x' })).toEqual([]);
  });

  it('names the package for a missing README or LICENSE, another LICENSE text, no dist/ or stray files', () => {
    const { 'README.md': _readme, ...noReadme } = goodFiles;
    const { LICENSE: _license, ...noLicense } = goodFiles;
    const { 'dist/index.js': _dist, ...noDist } = goodFiles;
    expect(check(noReadme)).toEqual([{ package: '@iamkit/x', problem: 'the tarball has no README.md' }]);
    expect(check(noLicense)).toEqual([{ package: '@iamkit/x', problem: 'the tarball has no LICENSE' }]);
    expect(check({ ...goodFiles, LICENSE: 'MIT' })[0]?.problem).toMatch(/LICENSE is not the repository's/);
    expect(check(noDist)[0]?.problem).toMatch(/no dist\//);
    expect(check({ ...goodFiles, 'src/index.ts': '', 'test/a.test.ts': '' })[0]?.problem).toBe(
      'the tarball holds files that are not for users: src/index.ts, test/a.test.ts',
    );
  });
});

describe('readChangesets and checkChangelogs', () => {
  const root = writeTree(join(scratch, 'repo'), {
    '.changeset/config.json': '{}',
    '.changeset/README.md': 'not a changeset',
    '.changeset/new-thing.md':
      '---\n"@iamkit/iam": minor\n\'@iamkit/signer\': patch\n---\n\nA *new* thing,\nover two lines.\n',
  });
  const changesets = readChangesets(root);
  const changelog = (text: string) => {
    const dir = writeTree(join(scratch, `pkg-${Math.random().toString(36).slice(2)}`), {
      'CHANGELOG.md': text,
    });
    return [{ name: '@iamkit/iam', version: '0.2.0', dir }];
  };

  it('reads each changeset: id, releases and summary', () => {
    expect(changesets).toEqual([
      {
        id: 'new-thing',
        summary: 'A *new* thing,\nover two lines.',
        releases: [
          { name: '@iamkit/iam', type: 'minor' },
          { name: '@iamkit/signer', type: 'patch' },
        ],
      },
    ]);
  });

  it("passes a section with the changeset's words however they are wrapped and prefixed", () => {
    const text =
      '# @iamkit/iam\n\n## 0.2.0\n\n### Minor Changes\n\n- abc1234: A _new_ thing,\n  over two lines.\n\n## 0.1.0\n';
    expect(checkChangelogs(changelog(text), changesets)).toEqual([]);
  });

  it('names the package when its section lacks the text, when the text is in another section, or with no section', () => {
    const lacking = '# @iamkit/iam\n\n## 0.2.0\n\n### Minor Changes\n\n- abc1234: A new thing.\n';
    const elsewhere = '# @iamkit/iam\n\n## 0.2.0\n\n- other\n\n## 0.1.0\n\n- A new thing, over two lines.\n';
    expect(checkChangelogs(changelog(lacking), changesets)).toEqual([
      {
        package: '@iamkit/iam',
        problem: expect.stringContaining('section 0.2.0, lacks the text of changeset new-thing'),
      },
    ]);
    expect(checkChangelogs(changelog(elsewhere), changesets)[0]?.package).toBe('@iamkit/iam');
    expect(checkChangelogs(changelog('# @iamkit/iam\n'), changesets)).toEqual([
      { package: '@iamkit/iam', problem: 'CHANGELOG.md has no "## 0.2.0" section' },
    ]);
  });
});

describe('checkInstalled', () => {
  const manifest = (name: string, version: string) => JSON.stringify({ name, version });
  const release = [
    { name: '@iamkit/signer', version: '0.1.0' },
    { name: '@iamkit/iam', version: '0.1.0' },
  ];

  it('passes one copy of each at the release, and names a nested copy at another version or a missing one', () => {
    const good = writeTree(join(scratch, 'installed-good'), {
      'node_modules/@iamkit/signer/package.json': manifest('@iamkit/signer', '0.1.0'),
      'node_modules/@iamkit/iam/package.json': manifest('@iamkit/iam', '0.1.0'),
      'node_modules/ky/package.json': manifest('ky', '1.14.3'),
    });
    expect(checkInstalled(good, release)).toEqual([]);
    const nested = writeTree(join(scratch, 'installed-nested'), {
      'node_modules/@iamkit/iam/package.json': manifest('@iamkit/iam', '0.1.0'),
      'node_modules/@iamkit/iam/node_modules/@iamkit/signer/package.json': manifest(
        '@iamkit/signer',
        '0.0.9',
      ),
    });
    expect(checkInstalled(nested, release)).toEqual([
      {
        package: '@iamkit/signer',
        problem:
          'is installed at 0.0.9 in node_modules/@iamkit/iam/node_modules/@iamkit/signer, not the release 0.1.0',
      },
    ]);
    const missing = writeTree(join(scratch, 'installed-missing'), {
      'node_modules/@iamkit/iam/package.json': manifest('@iamkit/iam', '0.1.0'),
    });
    expect(checkInstalled(missing, release)).toEqual([
      { package: '@iamkit/signer', problem: 'is not installed' },
    ]);
  });
});
