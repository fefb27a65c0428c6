import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Compared as words only: the changelog writer indents continuation lines, prefixes a commit hash and
// runs prettier, none of which changes the words.
/** @param {string} text */
const words = (text) =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

/**
 * The lines under `## <version>` up to the next `## ` heading, or undefined when there is none.
 * @param {string} changelog
 * @param {string} version
 */
const sectionOf = (changelog, version) => {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
};

/**
 * After `changeset version`: each public package's CHANGELOG.md has a section for its new version that
 * carries the text of every changeset that named the package.
 *
 * @example
 * checkChangelogs(workspacePackages(copy).filter((pkg) => !pkg.private), changesetsReadBeforeVersioning);
 * // [{ package: '@iamkit/iam', problem: 'CHANGELOG.md, section 0.1.0, lacks the text of changeset iam-client ("First release of …")' }]
 * @param {{ name: string, version: string, dir: string }[]} packages the public packages, versioned
 * @param {import('./readChangesets.mjs').Changeset[]} changesets
 * @returns {import('./ReleaseCheckError.mjs').Problem[]}
 */
export function checkChangelogs(packages, changesets) {
  return packages.flatMap(({ name, version, dir }) => {
    const named = changesets.filter(({ releases }) =>
      releases.some((release) => release.name === name && release.type !== 'none'),
    );
    if (named.length === 0) return [];
    const file = join(dir, 'CHANGELOG.md');
    if (!existsSync(file)) return [{ package: name, problem: `has no CHANGELOG.md after versioning` }];
    const section = sectionOf(readFileSync(file, 'utf8'), version);
    if (section === undefined)
      return [{ package: name, problem: `CHANGELOG.md has no "## ${version}" section` }];
    const sectionWords = ` ${words(section)} `;
    return named
      .filter(({ summary }) => !sectionWords.includes(` ${words(summary)} `))
      .map(({ id, summary }) => ({
        package: name,
        problem: `CHANGELOG.md, section ${version}, lacks the text of changeset ${id} ("${summary.slice(0, 60)}…")`,
      }));
  });
}
