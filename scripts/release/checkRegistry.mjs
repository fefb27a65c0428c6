import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInternalRanges } from './checkInternalRanges.mjs';
import { checkTarball } from './checkTarball.mjs';

/** @param {string} registry @param {string} name @param {AbortSignal | undefined} signal */
const packument = async (registry, name, signal) => {
  const response = await fetch(new URL(name.replace('/', '%2f'), registry), { signal: signal ?? null });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${registry}: ${response.status} for ${name}`);
  return /** @type {{ versions?: Record<string, Record<string, any>> }} */ (await response.json());
};

/**
 * After publishing: every public package is in the registry at its version, with a tarball that passes
 * {@link checkTarball} and dependencies on our packages that resolve to this release; no private
 * package is there at all.
 *
 * @example
 * await checkRegistry('http://127.0.0.1:4873/', { packages: workspacePackages(copy), licenseText, workDir });
 * // [{ package: '@iamkit/signer', problem: 'is not in the registry at 0.1.0 (it has: none)' }]
 * @param {string} registry the registry's URL, ending in `/`
 * @param {object} options
 * @param {import('./workspacePackages.mjs').WorkspacePackage[]} options.packages every workspace package
 * @param {string | undefined} options.licenseText the repository's LICENSE
 * @param {string} options.workDir where to put the downloaded tarballs
 * @param {AbortSignal | undefined} [options.signal]
 * @returns {Promise<import('./ReleaseCheckError.mjs').Problem[]>}
 */
export async function checkRegistry(registry, { packages, licenseText, workDir, signal }) {
  const perPackage = await Promise.all(
    packages.map(async (pkg) => {
      const found = await packument(registry, pkg.name, signal);
      const versions = Object.keys(found?.versions ?? {});
      if (pkg.private) {
        return versions.length === 0
          ? []
          : [{ package: pkg.name, problem: `is private, but the registry has it (${versions.join(', ')})` }];
      }
      const manifest = found?.versions?.[pkg.version];
      if (!manifest) {
        const has = versions.length > 0 ? versions.join(', ') : 'none';
        return [{ package: pkg.name, problem: `is not in the registry at ${pkg.version} (it has: ${has})` }];
      }
      const response = await fetch(manifest.dist.tarball, { signal: signal ?? null });
      if (!response.ok) {
        return [
          { package: pkg.name, problem: `its tarball ${manifest.dist.tarball} answers ${response.status}` },
        ];
      }
      const tarball = join(workDir, `${pkg.name.replace('/', '-')}-${pkg.version}.tgz`);
      writeFileSync(tarball, Buffer.from(await response.arrayBuffer()));
      return [
        ...checkTarball({ name: pkg.name, tarball }, licenseText),
        ...checkInternalRanges([{ name: pkg.name, manifest }], packages, { packed: true }),
      ];
    }),
  );
  return perPackage.flat();
}
