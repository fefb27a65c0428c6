import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isCredentialsError } from '../src/index.js';
import { fromProcess, type ProcessOptions } from '../src/node/index.js';
import { expectNoSecrets, SECRET, TOKEN } from './support/secrets.js';
import { rejection } from './support/thrown.js';

const START = new Date('2026-12-06T12:00:00Z');
const EXPIRES = '2026-12-06T13:00:00Z';
const dir = mkdtempSync(path.join(tmpdir(), 'provider-config-process-'));
const script = path.join(dir, 'creds script.mjs');
const runs = path.join(dir, 'runs');
const configFile = path.join(dir, 'config');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A credential_process: counts its runs, then behaves as its first argument says.
writeFileSync(
  script,
  `import { appendFileSync, readFileSync } from 'node:fs';
const [mode, ...rest] = process.argv.slice(2);
appendFileSync(${JSON.stringify(runs)}, 'x');
const run = readFileSync(${JSON.stringify(runs)}, 'utf8').length;
const credentials = { Version: 1, AccessKeyId: 'ASIAPROC' + run, SecretAccessKey: ${JSON.stringify(SECRET)}, SessionToken: ${JSON.stringify(TOKEN)} };
if (mode === 'ok') console.log(JSON.stringify({ ...credentials, Expiration: rest[0] }));
if (mode === 'args') console.log(JSON.stringify({ ...credentials, AccessKeyId: 'ARGS', SecretAccessKey: rest.join('|').replaceAll(' ', '_') }));
if (mode === 'fail') { console.error(${JSON.stringify(`denied ${SECRET}`)}); process.exit(3); }
if (mode === 'garbage') console.log(${JSON.stringify(`AccessKeyId=ASIA ${SECRET}`)});
if (mode === 'v2') console.log(JSON.stringify({ ...credentials, Version: 2 }));
if (mode === 'hang') setTimeout(() => {}, 60_000);
if (mode === 'big') process.stdout.write(${JSON.stringify(SECRET)}.repeat(60_000));
`,
);

let now: Date;
beforeEach(() => {
  now = START;
  writeFileSync(runs, '');
});

function provider(commandLine: string, options: Partial<ProcessOptions> = {}) {
  writeFileSync(configFile, `[profile tool]\ncredential_process = ${commandLine}\n`);
  return fromProcess({
    profile: 'tool',
    env: { AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'none') },
    clock: () => now,
    ...options,
  });
}

const node = `"${process.execPath}" "${script}"`;
const runCount = () => readFileSync(runs, 'utf8').length;

describe('fromProcess', () => {
  it('runs credential_process and reads its Version 1 JSON, with the expiration as a Date', async () => {
    const credentials = await provider(`${node} ok ${EXPIRES}`)();
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAPROC1',
      secretAccessKey: SECRET,
      sessionToken: TOKEN,
    });
    expect(credentials.expiration).toEqual(new Date(EXPIRES));
    expectNoSecrets(credentials);
  });

  it('passes arguments split as botocore splits them, with no shell between', async () => {
    const credentials = await provider(`${node} args 'a b' "c\\"d" $HOME ; \`id\``)();
    expect(credentials.secretAccessKey).toBe('a_b|c"d|$HOME|;|`id`');
  });

  it('runs once for 100 concurrent callers, again 5 minutes before Expiration', async () => {
    const credentials = provider(`${node} ok ${EXPIRES}`);
    await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(runCount()).toBe(1);
    now = new Date(new Date(EXPIRES).getTime() - 4 * 60_000);
    const refreshed = await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(runCount()).toBe(2);
    expect(new Set(refreshed.map((c) => c.accessKeyId))).toEqual(new Set(['ASIAPROC2']));
  });

  it('keeps credentials without Expiration for good', async () => {
    const credentials = provider(`${node} args x`);
    await credentials();
    now = new Date(START.getTime() + 365 * 86_400_000);
    await credentials();
    expect(runCount()).toBe(1);
  });

  it.each([
    ['fail', 'exited with code 3'],
    ['garbage', 'printed something that is not JSON'],
    ['v2', 'printed JSON without "Version": 1'],
    ['big', 'printed more than 1048576 bytes'],
  ])('%s: a typed error naming the profile, never the output or stderr', async (mode, expected) => {
    const error = await rejection(provider(`${node} ${mode}`)());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toBe(`profile 'tool' in ${configFile}: credential_process ${expected}`);
    expectNoSecrets(error);
  });

  it('stops a process that runs past timeoutMs', async () => {
    const error = await rejection(provider(`${node} hang`, { timeoutMs: 300 })());
    expect(error.message).toContain('credential_process did not finish within 300 ms');
  });

  it('names a program that cannot be started, an unclosed quote and a missing setting', async () => {
    expect((await rejection(provider('/nonexistent/provider-config/creds')())).message).toContain(
      'could not be run (ENOENT)',
    );
    expect((await rejection(provider(`${node} "ok`)())).message).toContain('has an unclosed quote');
    writeFileSync(configFile, '[profile tool]\nregion = eu-west-1\n');
    const error = await rejection(
      fromProcess({
        profile: 'tool',
        env: { AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: '/x' },
      })(),
    );
    expect(error.message).toContain("profile 'tool'");
    expect(error.message).toContain('no credential_process');
  });
});
