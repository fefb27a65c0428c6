import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from './stopChild.mjs';

const SERVER = fileURLToPath(new URL('./verdaccioServer.mjs', import.meta.url));
const USER = 'rehearsal';

/**
 * @typedef {object} Registry
 * @property {string} url `http://127.0.0.1:PORT/`
 * @property {string} token a publisher's token (`//127.0.0.1:PORT/:_authToken=…` in an npmrc)
 * @property {string} npmrc an npmrc file with that token, for `npm_config_userconfig`
 * @property {() => Promise<void>} stop
 */

/** Verdaccio's configuration: storage and users in `dir`, no uplinks, so nothing is ever proxied. */
/** @param {string} dir */
const configFor = (dir) => ({
  self_path: dir,
  storage: join(dir, 'storage'),
  auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
  uplinks: {},
  packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
  web: { enable: false },
  log: { type: 'stdout', format: 'pretty', level: 'warn' },
});

/** @param {import('node:child_process').ChildProcess} child @returns {Promise<number>} */
const portOf = (child) =>
  new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`verdaccio did not start in 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /\{"port":(\d+)\}/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`verdaccio exited with ${code} before listening:\n${output}`));
    });
  });

/**
 * Starts a Verdaccio registry on a free loopback port with its storage and config in `dir` (no uplinks:
 * it holds only what is published to it), and creates a publisher through the registry's own API.
 *
 * @example
 * const registry = await startRegistry(mkdtempSync(join(tmpdir(), 'registry-')));
 * try { … npm publish with npm_config_registry=registry.url, npm_config_userconfig=registry.npmrc … }
 * finally { await registry.stop(); }
 * @param {string} dir an empty folder, removed by the caller
 * @returns {Promise<Registry>}
 */
export async function startRegistry(dir) {
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(configFor(dir)));
  const child = spawn(process.execPath, [SERVER, configFile], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stop = () => stopChild(child);
  try {
    const url = `http://127.0.0.1:${await portOf(child)}/`;
    const response = await fetch(new URL(`-/user/org.couchdb.user:${USER}`, url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: USER, password: `pw-${process.pid}-${Date.now()}` }),
    });
    const { token } = /** @type {{ token?: string }} */ (await response.json());
    if (!response.ok || !token)
      throw new Error(`verdaccio refused to create the publisher (${response.status})`);
    const npmrc = join(dir, 'npmrc');
    writeFileSync(npmrc, `registry=${url}\n//${new URL(url).host}/:_authToken=${token}\n`);
    return { url, token, npmrc, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
