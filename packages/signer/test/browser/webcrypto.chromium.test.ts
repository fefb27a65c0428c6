// The WebCrypto build, as a browser app bundles it, against both AWS SigV4 suites in headless
// Chromium. Node reads the vector files and injects them into the page as JSON; the page signs
// with the bundled package (crypto.subtle); Node compares every result with the files.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleForBrowser } from '../../scripts/bundleSize.mjs';
import { vectorsDir } from '../support/vectors.js';
import { chromiumAvailable, chromiumPath, launchChromium } from './chromium.js';
import type { CallResult, JobResult } from './jobs.js';
import { type StaticServer, startStaticServer } from './staticServer.js';
import { awsCAuthCases, botocoreCases } from './suites.js';

const awsCAuthDir = vectorsDir('sigv4-aws-c-auth');
const botocoreDir = vectorsDir('sigv4-botocore');
const cases = [
  ...(awsCAuthDir ? awsCAuthCases(awsCAuthDir) : []),
  ...(botocoreDir ? botocoreCases(botocoreDir) : []),
];
const keyOf = (suite: string, name: string) => `${suite} ${name}`;
const hasChromium = chromiumAvailable(); // throws when CI is set and Chromium is missing
if (!hasChromium) console.warn(`\n[signer] SKIPPING the browser suite: no Chromium at ${chromiumPath}\n`);

// The page's entry: the package by its name, so esbuild resolves it through package.json
// "exports" with browser conditions (dist/index.js, WebCrypto), exactly what an app would get.
const entry = `
import { createSigner, explain } from '@iamkit/signer';
import { runJobs } from './jobs.js';
runJobs({ createSigner, explain }, window.__JOBS__).then(
  (results) => { window.__RESULTS__ = results; },
  (error) => { window.__FAILURE__ = String((error && error.stack) || error); },
);
`;

// Not minified: a failure in the page should point at readable code.
const bundlePage = () =>
  bundleForBrowser(entry, {
    resolveDir: dirname(fileURLToPath(import.meta.url)),
    minify: false,
    loader: 'ts',
  });

describe.skipIf(!hasChromium || cases.length === 0)('WebCrypto build in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let bundledInputs: string[] = [];
  let secureContext = false;
  const results = new Map<string, CallResult[]>();

  beforeAll(async () => {
    const page = await bundlePage();
    bundledInputs = page.inputs;
    // JSON in a <script>: escape '<' so no value can close the element.
    const jobs = JSON.stringify(cases.map((c) => c.job)).replace(/</g, '\\u003c');
    server = await startStaticServer({
      '/': {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><script>window.__JOBS__ = ${jobs};</script><script type="module" src="/suite.js"></script>`,
      },
      '/suite.js': { type: 'text/javascript; charset=utf-8', body: page.text },
    });
    browser = await launchChromium();
    const tab = await browser.newPage();
    const pageErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(`${server.origin}/`);
    await tab.waitForFunction(() => '__RESULTS__' in window || '__FAILURE__' in window, null, {
      timeout: 60_000,
    });
    const outcome = await tab.evaluate(() => {
      const w = window as unknown as { __RESULTS__?: JobResult[]; __FAILURE__?: string };
      return { results: w.__RESULTS__, failure: w.__FAILURE__, secure: window.isSecureContext };
    });
    if (!outcome.results) throw new Error(`the page failed: ${outcome.failure} ${pageErrors.join('\n')}`);
    secureContext = outcome.secure;
    for (const r of outcome.results) results.set(keyOf(r.suite, r.name), r.results);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the page bundled the WebCrypto build of the package, in a secure context', () => {
    // Paths are relative to the working directory: match on the tail.
    expect(bundledInputs.filter((input) => input.endsWith('dist/index.js'))).toHaveLength(1);
    expect(bundledInputs.filter((input) => input.includes('index.node'))).toEqual([]);
    expect(secureContext).toBe(true);
  });

  test('every case of both suites ran: 38 aws-c-auth v4, 34 botocore', () => {
    const names = (suite: string) => cases.filter((c) => c.job.suite === suite).map((c) => c.job.name);
    expect(names('aws-c-auth')).toHaveLength(awsCAuthDir ? 38 : 0);
    expect(names('botocore')).toHaveLength(botocoreDir ? 34 : 0);
    expect([...results.keys()].sort()).toEqual(cases.map((c) => keyOf(c.job.suite, c.job.name)).sort());
  });

  test.each(cases.map((c) => [keyOf(c.job.suite, c.job.name), c] as const))('%s', (key, c) => {
    const got = results.get(key);
    expect(got, `no result for ${key}`).toBeDefined();
    c.check(got!);
  });
});
