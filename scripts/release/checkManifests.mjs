import { checkInternalRanges } from './checkInternalRanges.mjs';
import { checkVersions } from './checkVersions.mjs';
import { ReleaseCheckError } from './ReleaseCheckError.mjs';

/**
 * What the package.json files alone must satisfy for a release: one version for every public package,
 * and dependencies between our packages that resolve to this release. Throws a
 * {@link ReleaseCheckError} naming each package at fault. Cheap: run it before building.
 *
 * @example
 * checkManifests(workspacePackages(repoRoot));
 * @param {import('./workspacePackages.mjs').WorkspacePackage[]} packages every workspace package
 */
export function checkManifests(packages) {
  const publicOnes = packages.filter((pkg) => !pkg.private);
  if (publicOnes.length === 0) {
    throw new ReleaseCheckError('packages', [
      { package: '(none)', problem: 'no public package under packages/*' },
    ]);
  }
  ReleaseCheckError.throwIfAny('versions', checkVersions(publicOnes));
  ReleaseCheckError.throwIfAny('internal ranges', checkInternalRanges(publicOnes, packages));
}
