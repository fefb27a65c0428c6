import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} Changeset
 * @property {string} id the file name without `.md`
 * @property {string} summary the text under the front matter: what the CHANGELOG entry must say
 * @property {{ name: string, type: string }[]} releases the packages it bumps, and how
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const RELEASE_LINE = /^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch|none)\s*$/;

/**
 * The pending changesets in `<root>/.changeset` (read before `changeset version`, which deletes them).
 *
 * @example
 * readChangesets(repoRoot);
 * // [{ id: 'license-in-tarballs', summary: 'Every published package now contains …', releases: [{ name: '@iamkit/signer', type: 'patch' }, …] }]
 * @param {string} root
 * @returns {Changeset[]}
 */
export function readChangesets(root) {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = FRONT_MATTER.exec(text);
      if (!match) throw new Error(`.changeset/${file}: no front matter (--- "@iamkit/x": minor ---)`);
      const releases = (match[1] ?? '')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const release = RELEASE_LINE.exec(line);
          if (!release) throw new Error(`.changeset/${file}: cannot read the release line "${line}"`);
          return { name: release[1] ?? '', type: release[2] ?? '' };
        });
      return { id: file.slice(0, -'.md'.length), summary: (match[2] ?? '').trim(), releases };
    });
}
