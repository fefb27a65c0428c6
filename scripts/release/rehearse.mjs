// `pnpm release:rehearse`: the whole release in a temporary copy of the repository, against a registry of
// its own on loopback. Version (changesets), check, build, publish (the real `release` function), check
// the registry, install every public package at the new version from that registry alone into a scratch
// project, and run the packaging test's consumers (ESM, CommonJS, TypeScript) against moto.
// Fails naming the package at fault; stops the registry and moto and removes every folder it made,
// whatever happens (errors, SIGINT, SIGTERM).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerSources } from '../../tests/packaging/support/consumerSources.mjs';
import { runConsumers } from '../../tests/packaging/support/runConsumers.mjs';
import { scratchProject } from '../../tests/packaging/support/scratchProject.mjs';
import { startMoto } from '../../tests/packaging/support/startMoto.mjs';
import { checkChangelogs } from './checkChangelogs.mjs';
import { checkInstalled } from './checkInstalled.mjs';
import { checkManifests } from './checkManifests.mjs';
import { checkRegistry } from './checkRegistry.mjs';
import { ReleaseCheckError } from './ReleaseCheckError.mjs';
import { readChangesets } from './readChangesets.mjs';
import { release } from './release.mjs';
import { prepareRepoCopy, resetRepoCopy } from './repoCopy.mjs';
import { repoLicense } from './repoLicense.mjs';
import { repoRoot } from './repoRoot.mjs';
import { runCommand } from './runCommand.mjs';
import { startRegistry } from './startRegistry.mjs';
import { workspacePackages } from './workspacePackages.mjs';

/**
 * @typedef {object} Mutations deliberate breakage, applied to the copy (the rehearsal's own tests)
 * @property {(copy: string) => void | Promise<void>} [beforeVersion]
 * @property {(copy: string) => void | Promise<void>} [afterVersion]
 * @property {(copy: string, registry: import('./startRegistry.mjs').Registry) => void | Promise<void>} [afterPublish]
 */

/**
 * @typedef {object} Rehearsal
 * @property {string} version the version every public package was published at
 * @property {string[]} packages the public packages published, installed and run
 * @property {string} registryUrl where they were published (stopped by the time this is returned)
 * @property {Record<string, number>} timings milliseconds per step
 * @property {import('../../tests/packaging/support/runConsumers.mjs').ConsumerResults} consumers
 */

/**
 * Rehearses a release (see the top of this file).
 *
 * @example
 * const { version, packages } = await rehearse({ log: console.log });
 * @param {object} [options]
 * @param {string} [options.root] the checkout to rehearse (default: this one)
 * @param {string} [options.copy] a copy made by prepareRepoCopy to reuse (reset first; kept afterwards)
 * @param {Mutations} [options.mutate]
 * @param {string} [options.turboCacheDir] turbo's cache for the copy's build, kept between rehearsals
 * @param {(line: string) => void} [options.log]
 * @param {AbortSignal | undefined} [options.signal]
 * @returns {Promise<Rehearsal>}
 */
export async function rehearse({
  root = repoRoot,
  copy: givenCopy,
  mutate = {},
  turboCacheDir = join(root, 'node_modules', '.cache', 'iamkit-rehearsal-turbo'),
  log = () => {},
  signal,
} = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'iamkit-rehearsal-'));
  /** @type {(() => unknown)[]} */
  const cleanups = [() => rmSync(workDir, { recursive: true, force: true })];
  /** @type {Record<string, number>} */
  const timings = {};
  /** @template T @param {string} name @param {() => Promise<T>} action @returns {Promise<T>} */
  const step = async (name, action) => {
    log(`rehearsal: ${name}`);
    const start = performance.now();
    try {
      return await action();
    } finally {
      timings[name] = Math.round(performance.now() - start);
    }
  };
  try {
    const copy = givenCopy ?? join(workDir, 'repo');
    if (givenCopy) resetRepoCopy(copy);
    else await step('copy and install', () => prepareRepoCopy(root, copy, { signal }));
    await mutate.beforeVersion?.(copy);

    const changesets = readChangesets(copy);
    await step('version', () => runCommand('pnpm', ['exec', 'changeset', 'version'], { cwd: copy, signal }));
    await mutate.afterVersion?.(copy);
    const packages = workspacePackages(copy);
    const publicOnes = packages.filter((pkg) => !pkg.private);
    checkManifests(packages);
    ReleaseCheckError.throwIfAny('changelogs', checkChangelogs(publicOnes, changesets));

    /** @template {{ stop(): Promise<void> }} T @param {Promise<T>} starting */
    const inBackground = (starting) => {
      starting.catch(() => {}); // awaited later; a failure surfaces there
      cleanups.push(async () => (await starting).stop());
      return starting;
    };
    // The registry starts while the copy builds, moto while the registry is checked: neither needs the other.
    const registryStarting = inBackground(startRegistry(join(workDir, 'registry')));
    const filters = publicOnes.map((pkg) => `--filter=${pkg.name}...`);
    await step('build', () =>
      runCommand(
        'pnpm',
        [
          'exec',
          'turbo',
          'run',
          'build',
          ...filters,
          `--cache-dir=${turboCacheDir}`,
          '--output-logs=errors-only',
        ],
        { cwd: copy, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }, signal },
      ),
    );

    const registry = await step('start registry', () => registryStarting);
    const publishEnv = {
      ...process.env,
      npm_config_registry: registry.url,
      npm_config_userconfig: registry.npmrc,
    };
    await step('check and publish', () =>
      release({ root: copy, publishArgs: ['--no-git-tag'], env: publishEnv, signal }),
    );
    await mutate.afterPublish?.(copy, registry);
    const motoStarting = inBackground(startMoto());
    const downloads = join(workDir, 'downloads');
    mkdirSync(downloads);
    const licenseText = repoLicense(copy);
    ReleaseCheckError.throwIfAny(
      'registry',
      await step('check registry', () =>
        checkRegistry(registry.url, { packages, licenseText, workDir: downloads, signal }),
      ),
    );

    const sources = consumerSources(publicOnes);
    const moto = await step('start moto', () => motoStarting);
    const project = await step('install from the registry', () =>
      scratchProject({
        install: [...publicOnes.map((pkg) => `${pkg.name}@${pkg.version}`), ...sources.dependencies],
        registry: registry.url,
        signal,
      }),
    );
    cleanups.push(() => project.remove());
    ReleaseCheckError.throwIfAny('installed', checkInstalled(project.dir, publicOnes));
    for (const [file, text] of Object.entries(sources.files)) project.write(file, text);
    const consumers = await step('consumers', () =>
      runConsumers(project, { specifiers: sources.specifiers, moto }),
    );
    ReleaseCheckError.throwIfAny(
      'consumers',
      consumers.problems.map((problem) => ({ package: 'consumers', problem })),
    );
    return {
      version: publicOnes[0]?.version ?? '',
      packages: publicOnes.map((pkg) => pkg.name),
      registryUrl: registry.url,
      timings,
      consumers,
    };
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`rehearsal: cleanup failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const controller = new AbortController();
  for (const signalName of ['SIGINT', 'SIGTERM']) {
    process.once(signalName, () => {
      console.error(`rehearsal: ${signalName}: stopping, then cleaning up`);
      controller.abort(new Error(`interrupted by ${signalName}`));
    });
  }
  rehearse({ log: console.log, signal: controller.signal }).then(
    ({ version, packages, timings }) => {
      console.log(`rehearsal: published, installed and ran ${packages.join(', ')} at ${version}`);
      console.log(`rehearsal: timings (ms) ${JSON.stringify(timings)}`);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
