import semver from 'semver';

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'];

/**
 * The range a dependency is published with: pnpm rewrites `workspace:*` to the exact version,
 * `workspace:^` / `workspace:~` to `^version` / `~version`, and `workspace:<range>` to the range.
 * @param {string} spec
 * @param {string} version the depended-on package's version
 */
const publishedRange = (spec, version) => {
  if (!spec.startsWith('workspace:')) return spec;
  const range = spec.slice('workspace:'.length);
  if (range === '*') return version;
  if (range === '^' || range === '~') return `${range}${version}`;
  return range;
};

/**
 * Each dependency between our packages must resolve to the release being published: its range (as
 * published) must include the depended-on package's version, and that package must be public.
 * Works on workspace manifests (`workspace:` ranges, rewritten as pnpm does) and, with `packed`, on the
 * manifests inside tarballs or a registry, where a `workspace:` range left over is itself a problem.
 *
 * @example
 * checkInternalRanges([iamManifestWithSignerAt('workspace:^0.0.0')], packagesAt('0.1.0'));
 * // [{ package: '@iamkit/iam', problem: 'depends on @iamkit/signer@^0.0.0 (written workspace:^0.0.0), which does not include its release 0.1.0' }]
 * @param {{ name: string, manifest: Record<string, any> }[]} published manifests of the packages to publish
 * @param {{ name: string, version: string, private: boolean }[]} workspace every package of the workspace
 * @param {{ packed?: boolean }} [options]
 * @returns {import('./ReleaseCheckError.mjs').Problem[]}
 */
export function checkInternalRanges(published, workspace, { packed = false } = {}) {
  const ours = new Map(workspace.map((pkg) => [pkg.name, pkg]));
  return published.flatMap(({ name, manifest }) =>
    DEPENDENCY_FIELDS.flatMap((field) =>
      Object.entries(manifest[field] ?? {}).flatMap(([dependency, spec]) => {
        const target = ours.get(dependency);
        if (!target) return [];
        if (target.private) {
          return [
            {
              package: name,
              problem: `has ${dependency} in ${field}, but ${dependency} is private: never published`,
            },
          ];
        }
        if (packed && String(spec).startsWith('workspace:')) {
          return [
            {
              package: name,
              problem: `is published with ${dependency}@${spec}: a workspace range no registry can resolve`,
            },
          ];
        }
        const range = publishedRange(String(spec), target.version);
        if (semver.validRange(range) && semver.satisfies(target.version, range)) return [];
        const written = range === spec ? '' : ` (written ${spec})`;
        return [
          {
            package: name,
            problem: `depends on ${dependency}@${range}${written}, which does not include its release ${target.version}`,
          },
        ];
      }),
    ),
  );
}
