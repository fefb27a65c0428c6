import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../../scripts/release/repoRoot.mjs';

// The workspace's own TypeScript compiles the consumers: the scratch project installs only what a user would.
const tsc = join(
  dirname(createRequire(`${repoRoot}/package.json`).resolve('typescript/package.json')),
  'bin',
  'tsc',
);

/**
 * @typedef {object} ScenarioOutput what scenario.mjs / scenario.cjs print
 * @property {number} signedStatus
 * @property {boolean} signedListsAdmin
 * @property {{ url: string, signingRegion: string }} connection
 * @property {string | undefined} created
 * @property {string[]} listed
 * @property {{ userName: string, createDateIsDate: boolean }} got
 * @property {{ guarded: boolean, name?: string, code?: string, statusCode?: number, text?: string }} missing
 */

/**
 * @typedef {object} ConsumerResults
 * @property {{ esm?: ScenarioOutput, cjs?: ScenarioOutput }} scenario
 * @property {{ esm?: Record<string, string[]>, cjs?: Record<string, string[]> }} exportNames per specifier
 * @property {{ nodenext?: string, bundler?: string }} typecheck tsc's output ('' when clean)
 * @property {string[]} problems everything that did not hold; empty when the consumers all work
 */

/** @param {string} stdout */
const lastJsonLine = (stdout) => JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null');
/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/**
 * What must hold for one flavour's scenario output.
 * @param {string} flavour @param {ScenarioOutput} out @param {string} motoUrl @param {string} userName
 */
const scenarioProblems = (flavour, out, motoUrl, userName) =>
  [
    [out.signedStatus === 200, `@iamkit/signer: moto answered ${out.signedStatus} to the signed ListUsers`],
    [out.signedListsAdmin, '@iamkit/signer: the signed ListUsers did not list the admin user'],
    [
      out.connection.url === motoUrl,
      `@iamkit/provider-config: resolved ${out.connection.url}, not ${motoUrl}`,
    ],
    [
      out.connection.signingRegion === 'us-east-1',
      `@iamkit/provider-config: signs IAM for ${out.connection.signingRegion}`,
    ],
    [
      out.created === userName && out.got.userName === userName,
      `@iamkit/iam: created/got ${out.created}/${out.got.userName}`,
    ],
    [out.listed.includes(userName), `@iamkit/iam: ListUsers did not list ${userName}`],
    [out.got.createDateIsDate, '@iamkit/iam: GetUser CreateDate is not a Date'],
    [
      out.missing.guarded && out.missing.code === 'NoSuchEntity' && out.missing.statusCode === 404,
      `@iamkit/iam: GetUser of a missing user did not give a guarded NoSuchEntity: ${JSON.stringify(out.missing)}`,
    ],
  ]
    .filter(([holds]) => !holds)
    .map(([, problem]) => `${flavour} consumer: ${problem}`);

/**
 * Runs the consumers written from {@link import('./consumerSources.mjs').consumerSources} in a scratch
 * project: the ESM and CommonJS scenarios against moto (one IAM user each), every entry point of every
 * public package imported and required (same export names both ways), and tsc on the TypeScript
 * consumers under `nodenext` and `bundler`. Never throws for a consumer's failure: it is in `problems`.
 *
 * @example
 * const { problems } = await runConsumers(project, { specifiers, moto });
 * if (problems.length > 0) throw new Error(problems.join('\n'));
 * @param {import('./scratchProject.mjs').ScratchProject} project
 * @param {{ specifiers: string[], moto: import('./startMoto.mjs').Moto }} options
 * @returns {Promise<ConsumerResults>}
 */
export async function runConsumers(project, { specifiers, moto }) {
  /** @type {ConsumerResults} */
  const results = { scenario: {}, exportNames: {}, typecheck: {}, problems: [] };
  const extension = { esm: 'mjs', cjs: 'cjs' };
  /** @param {'esm' | 'cjs'} flavour @returns {Promise<string[]>} */
  const scenario = async (flavour) => {
    const userName = `consumer-${flavour}`;
    const env = {
      ...process.env,
      IAMKIT_ENDPOINT: moto.url,
      IAMKIT_ACCESS_KEY_ID: moto.admin.accessKeyId,
      IAMKIT_SECRET_ACCESS_KEY: moto.admin.secretAccessKey,
      IAMKIT_USER_NAME: userName,
    };
    try {
      const out = lastJsonLine(
        await project.run(process.execPath, [`scenario.${extension[flavour]}`], { env }),
      );
      results.scenario[flavour] = out;
      return scenarioProblems(flavour, out, moto.url, userName);
    } catch (error) {
      return [`${flavour} consumer failed: ${messageOf(error)}`];
    }
  };
  /** @param {'esm' | 'cjs'} flavour @returns {Promise<string[]>} */
  const everyPackage = async (flavour) => {
    try {
      const names = lastJsonLine(await project.run(process.execPath, [`everyPackage.${extension[flavour]}`]));
      results.exportNames[flavour] = names;
      return specifiers
        .filter((specifier) => (names[specifier] ?? []).length === 0)
        .map((specifier) => `${specifier}: ${flavour} entry exports nothing`);
    } catch (error) {
      return [`${flavour} import of every package failed: ${messageOf(error)}`];
    }
  };
  /** @param {'nodenext' | 'bundler'} mode @returns {Promise<string[]>} */
  const typecheck = async (mode) => {
    try {
      results.typecheck[mode] = await project.run(process.execPath, [tsc, '-p', `ts/${mode}/tsconfig.json`]);
      return [];
    } catch (error) {
      results.typecheck[mode] = messageOf(error);
      return [`TypeScript (${mode}) consumer does not type-check: ${messageOf(error)}`];
    }
  };
  // Independent of each other (one IAM user per flavour), so they run side by side.
  const found = await Promise.all([
    scenario('esm'),
    scenario('cjs'),
    everyPackage('esm'),
    everyPackage('cjs'),
    typecheck('nodenext'),
    typecheck('bundler'),
  ]);
  results.problems.push(...found.flat());
  const { esm, cjs } = results.exportNames;
  for (const specifier of specifiers) {
    if (esm && cjs && JSON.stringify(esm[specifier]) !== JSON.stringify(cjs[specifier])) {
      results.problems.push(
        `${specifier}: ESM exports ${esm[specifier]?.join(',')} but CommonJS ${cjs[specifier]?.join(',')}`,
      );
    }
  }
  return results;
}
