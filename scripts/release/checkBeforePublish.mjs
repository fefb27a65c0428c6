import { checkInternalRanges } from './checkInternalRanges.mjs';
import { checkManifests } from './checkManifests.mjs';
import { checkTarball } from './checkTarball.mjs';
import { packPublicPackages } from './packPublicPackages.mjs';
import { ReleaseCheckError } from './ReleaseCheckError.mjs';
import { readTarball } from './readTarball.mjs';
import { repoLicense } from './repoLicense.mjs';
import { workspacePackages } from './workspacePackages.mjs';

/**
 * The checks `pnpm release` runs before it publishes, and the rehearsal with it: {@link checkManifests}
 * (one version for all public packages, dependencies between them that resolve to this release), then
 * the same ranges in the packed manifests, and tarballs with README, LICENSE, dist and nothing else. Throws a
 * {@link ReleaseCheckError} naming every package at fault; needs a build (the tarballs take dist/).
 *
 * @example
 * await checkBeforePublish(repoRoot, mkdtempSync(join(tmpdir(), 'release-check-')));
 * @param {string} root the checkout to release
 * @param {string} outDir where the tarballs are packed
 * @param {{ signal?: AbortSignal | undefined }} [options]
 * @returns {Promise<import('./packPublicPackages.mjs').PackedPackage[]>} the packed tarballs
 */
export async function checkBeforePublish(root, outDir, { signal } = {}) {
  const packages = workspacePackages(root);
  checkManifests(packages);
  const packed = await packPublicPackages(outDir, { root, signal });
  const licenseText = repoLicense(root);
  const packedManifests = packed.map(({ name, tarball }) => ({
    name,
    manifest: JSON.parse(readTarball(tarball).read('package.json')),
  }));
  ReleaseCheckError.throwIfAny('tarballs', [
    ...packed.flatMap((pkg) => checkTarball(pkg, licenseText)),
    ...checkInternalRanges(packedManifests, packages, { packed: true }),
  ]);
  return packed;
}
