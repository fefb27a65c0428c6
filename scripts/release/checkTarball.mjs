import { readTarball } from './readTarball.mjs';

const REQUIRED = ['package.json', 'README.md', 'LICENSE'];
// npm adds CHANGELOG.md by itself; anything else (sources, tests, configs) must stay out of `files`.
const ALLOWED = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/.+)$/;

/**
 * What a published tarball must hold: package.json, README.md, the repository's LICENSE (same text),
 * a built `dist/`, and nothing else but a CHANGELOG.md.
 *
 * @example
 * checkTarball({ name: '@iamkit/iam', tarball: '/tmp/iamkit-iam-0.1.0.tgz' }, readFileSync('LICENSE', 'utf8'));
 * // [] when it is fine, else e.g. [{ package: '@iamkit/iam', problem: 'the tarball has no LICENSE' }]
 * @param {{ name: string, tarball: string }} packed
 * @param {string | undefined} licenseText the repository's LICENSE (none: no tarball can match it)
 * @returns {import('./ReleaseCheckError.mjs').Problem[]}
 */
export function checkTarball({ name, tarball }, licenseText) {
  const { files, read } = readTarball(tarball);
  const problems = REQUIRED.filter((file) => !files.includes(file)).map(
    (file) => `the tarball has no ${file}`,
  );
  if (!files.some((file) => file.startsWith('dist/')))
    problems.push('the tarball has no dist/ (build first)');
  if (files.includes('LICENSE') && read('LICENSE') !== licenseText) {
    problems.push("the tarball's LICENSE is not the repository's LICENSE text");
  }
  const unexpected = files.filter((file) => !ALLOWED.test(file));
  if (unexpected.length > 0) {
    const shown = unexpected.slice(0, 5).join(', ');
    const more = unexpected.length > 5 ? ` and ${unexpected.length - 5} more` : '';
    problems.push(`the tarball holds files that are not for users: ${shown}${more}`);
  }
  return problems.map((problem) => ({ package: name, problem }));
}
