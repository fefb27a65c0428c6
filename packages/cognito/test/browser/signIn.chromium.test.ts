// SRP sign-in in headless Chromium: the universal entry bundled by esbuild for the browser
// (WebCrypto, native BigInt), answered over loopback by a server that checks the SRP proof with
// the test-side verifier. Node starts everything on 127.0.0.1 and checks what the page reports.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// The repo's one Chromium launcher (Debian's chromium, loopback only), shared with the signer's suite.
import { chromiumAvailable, chromiumPath, launchChromium } from '../../../signer/test/browser/chromium.js';
import { bundle } from '../support/bundle.js';
import { fakeCognito, MFA_CODE } from '../support/fakeCognito.js';
import { type LoopbackCognito, startLoopbackCognito } from './loopbackCognito.js';

const hasChromium = chromiumAvailable(); // throws when CI is set and Chromium is missing
if (!hasChromium) console.warn(`\n[cognito] SKIPPING the browser suite: no Chromium at ${chromiumPath}\n`);

const config = {
  userPoolId: 'us-west-2_Browser1',
  clientId: 'browser-client',
  username: 'alice@example.com',
  password: 'Browser pässword 1!',
  code: MFA_CODE,
};

describe.skipIf(!hasChromium)('SRP sign-in in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: LoopbackCognito | undefined;
  let outcome: Record<string, unknown> = {};
  let secureContext = false;
  let inputs: string[] = [];
  const cognito = fakeCognito({
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    users: [
      {
        username: '0b6f4e1c-3333-4c2d-8e3f-0123456789ab',
        email: config.username,
        password: config.password,
        mfa: 'SOFTWARE_TOKEN_MFA',
      },
    ],
  });

  beforeAll(async () => {
    // Not minified: a failure in the page should point at readable code.
    const page = await bundle(readFileSync(new URL('./page.ts', import.meta.url), 'utf8'), {
      resolveDir: dirname(fileURLToPath(import.meta.url)),
      minify: false,
    });
    inputs = page.inputs;
    server = await startLoopbackCognito(
      {
        '/': {
          type: 'text/html; charset=utf-8',
          body: `<!doctype html><meta charset="utf-8"><script>window.__CONFIG__ = ${JSON.stringify(config)};</script><script type="module" src="/app.js"></script>`,
        },
        '/app.js': { type: 'text/javascript; charset=utf-8', body: page.text },
      },
      cognito.invoke,
    );
    browser = await launchChromium();
    const tab = await browser.newPage();
    const pageErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(`${server.origin}/`);
    await tab.waitForFunction(() => '__RESULT__' in window || '__FAILURE__' in window, null, {
      timeout: 90_000,
    });
    const reported = await tab.evaluate(() => {
      const w = window as unknown as { __RESULT__?: Record<string, unknown>; __FAILURE__?: string };
      return { result: w.__RESULT__, failure: w.__FAILURE__, secure: window.isSecureContext };
    });
    if (!reported.result) throw new Error(`the page failed: ${reported.failure} ${pageErrors.join('\n')}`);
    outcome = reported.result;
    secureContext = reported.secure;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the page ran the universal entry (WebCrypto) in a secure context, without node code', () => {
    expect(secureContext).toBe(true);
    expect(inputs.some((input) => input.endsWith('src/auth/crypto/webCryptoBackend.ts'))).toBe(true);
    expect(inputs.filter((input) => input.includes('/node/') || input.includes('index.node'))).toEqual([]);
  });

  test('signs in with SRP through SOFTWARE_TOKEN_MFA, the proof checked by the verifier', () => {
    expect(outcome.kinds).toEqual(['SOFTWARE_TOKEN_MFA', 'signedIn']);
    expect(server!.requests.slice(0, 3).map((request) => request.operation)).toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge',
      'RespondToAuthChallenge',
    ]);
    expect(cognito.calls[1]!.input).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER' });
    expect(Date.parse(outcome.expiresAt as string)).toBeGreaterThan(Date.now());
  });

  test('refreshes, keeps the refresh token, and a wrong password is NotAuthorizedException', () => {
    expect(outcome.refreshedDiffers).toBe(true);
    expect(outcome.keptRefreshToken).toBe(true);
    expect(outcome.wrong).toBe('NotAuthorizedException');
  });

  test('refuses a client secret, and prints tokens redacted', () => {
    expect(outcome.secret).toBe('refused');
    expect(outcome.printed).toContain('[redacted]');
    expect(outcome.printed).not.toContain(outcome.accessToken as string);
  });

  test('every request went unsigned: no Authorization header, no AWS credentials', () => {
    expect(server!.requests.length).toBeGreaterThanOrEqual(6);
    for (const { headers } of server!.requests) {
      expect(headers.authorization).toBeUndefined();
      expect(headers['x-amz-security-token']).toBeUndefined();
    }
  });
});
