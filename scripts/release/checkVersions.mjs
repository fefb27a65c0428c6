/**
 * Public packages are released together, at one version: each package at another version than the most
 * common one is a problem, named with both versions.
 *
 * @example
 * checkVersions([{ name: '@iamkit/signer', version: '1.0.0' }, { name: '@iamkit/iam', version: '0.1.0' }, …]);
 * // [{ package: '@iamkit/signer', problem: 'is at 1.0.0 while @iamkit/iam, … are at 0.1.0: …' }]
 * @param {{ name: string, version: string }[]} packages the public packages
 * @returns {import('./ReleaseCheckError.mjs').Problem[]}
 */
export function checkVersions(packages) {
  /** @type {Map<string, string[]>} */
  const byVersion = new Map();
  for (const { name, version } of packages) byVersion.set(version, [...(byVersion.get(version) ?? []), name]);
  if (byVersion.size <= 1) return [];
  const [common, names] = [...byVersion].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  return packages
    .filter(({ version }) => version !== common)
    .map(({ name, version }) => ({
      package: name,
      problem: `is at ${version} while ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} at ${common}: the public packages are one fixed group, released at one version`,
    }));
}
