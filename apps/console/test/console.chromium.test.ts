// The console end to end in real Chromium, on the in-process emulator: IAM without JavaScript,
// Cognito administration, SRP sign-in in the browser with a forced password change and TOTP MFA, a
// refused connection, CSRF, and no secret in any response body of the run.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeUserPoolClient, listUserPoolClients } from '@iamkit/cognito';
import { totpCode } from '@iamkit/local';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cognitoClientFor } from '../src/aws/cognitoClientFor.js';
import { DEMO_IAM_USERS } from '../src/demo/seedIam.js';
import { launchChromium } from './support/launchChromium.js';
import { ResponseLog } from './support/ResponseLog.js';
import { startTestConsole } from './support/startTestConsole.js';

// The README's screenshots: rewritten with UPDATE_SCREENSHOTS=1 (`pnpm screenshots`), else taken into
// .tmp/ so that a test run leaves the checkout as it was.
const screenshots = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOTS ? '../docs/screenshots/' : '../.tmp/screenshots/', import.meta.url),
);
mkdirSync(screenshots, { recursive: true });

let app: Awaited<ReturnType<typeof startTestConsole>>;
let browser: Browser;
let noScript: BrowserContext;
let withScript: BrowserContext;
let page: Page;
let log: ResponseLog;
/** Secrets the run learns, none of which may be in a response body. */
const secrets = new Map<string, string>();
let accessKeySecret = '';
let accessKeyId = '';

const shot = (target: Page, name: string) =>
  target.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });

beforeAll(async () => {
  app = await startTestConsole();
  log = new ResponseLog(app.url);
  browser = await launchChromium();
  // IAM and the connections run with JavaScript off: those pages must work without it.
  noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 800 } });
  withScript = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  page = await noScript.newPage();
  log.watch(page);
  secrets.set('emulator root secret', app.target.local!.rootCredentials.secretAccessKey);
  secrets.set('demo password', app.target.demo.confirmed.password);
  secrets.set('temporary password', app.target.demo.forceChange.temporaryPassword);
  secrets.set('TOTP secret', app.target.demo.mfa.totpSecret);
  const cognito = cognitoClientFor(app.target.connection);
  const { UserPoolClients = [] } = await listUserPoolClients(cognito, {
    UserPoolId: app.target.demo.poolId,
    MaxResults: 10,
  });
  for (const { ClientId } of UserPoolClients) {
    const { UserPoolClient } = await describeUserPoolClient(cognito, {
      UserPoolId: app.target.demo.poolId,
      ClientId: ClientId!,
    });
    if (UserPoolClient?.ClientSecret) secrets.set('app client secret', UserPoolClient.ClientSecret);
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the console on the emulator, in Chromium', () => {
  test('starts on the emulator, says so, and lists the seeded IAM users a page at a time', async () => {
    await page.goto(app.url);
    expect(page.url()).toBe(`${app.url}/iam/users`);
    await expect(page.getByTestId('target').textContent()).resolves.toContain('Local emulator');
    const names = await page.locator('[data-testid=users] tbody td:first-child').allTextContents();
    expect(names).toEqual([...DEMO_IAM_USERS].sort().slice(0, 10));
    await shot(page, 'iam-users');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(
      page.locator('[data-testid=users] tbody td:first-child').first().textContent(),
    ).resolves.toBe([...DEMO_IAM_USERS].sort()[10]);
  });

  test('creates a user and finds it by searching', async () => {
    await page.goto(`${app.url}/iam/users`);
    await page.getByLabel('User name').fill('dora-e2e');
    await page.getByRole('button', { name: 'Create user' }).click();
    expect(page.url()).toBe(`${app.url}/iam/users/dora-e2e`);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('User dora-e2e created.');
    await page.goto(`${app.url}/iam/users?q=DORA`);
    const names = await page.locator('[data-testid=users] tbody td:first-child').allTextContents();
    expect(names).toEqual(['dora-e2e']);
  });

  test('a refused user name keeps what was typed and says why, next to the field', async () => {
    await page.goto(`${app.url}/iam/users`);
    await page.getByLabel('User name').fill('alice');
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Create user' }).click();
    expect((await response).status()).toBe(409);
    await expect(page.getByLabel('User name').inputValue()).resolves.toBe('alice');
    await expect(page.locator('#userName-error').textContent()).resolves.toMatch(/Already exists/);
  });

  test("attaches a policy and shows the user's groups, policies and decoded documents", async () => {
    await page.goto(`${app.url}/iam/users/dora-e2e`);
    await page.getByLabel('Policy').selectOption({ label: 'DeployApp' });
    await page.getByRole('button', { name: 'Attach policy' }).click();
    const attached = page.getByTestId('attached-policy');
    await expect(attached.locator('summary').textContent()).resolves.toContain('DeployApp');
    await expect(attached.locator('pre').textContent()).resolves.toContain('"lambda:UpdateFunctionCode"');
    await page.getByRole('button', { name: 'Detach DeployApp' }).click();
    await expect(page.getByTestId('attached-policy').count()).resolves.toBe(0);
    await page.getByLabel('Policy').selectOption({ label: 'DeployApp' });
    await page.getByRole('button', { name: 'Attach policy' }).click();
    await expect(attached.count()).resolves.toBe(1);
    await page.goto(`${app.url}/iam/users/alice`);
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /admins[\s\S]*BillingViewer[\s\S]*ManageOwnAccessKeys/,
    );
    await page
      .locator('details')
      .first()
      .evaluate((element) => element.setAttribute('open', ''));
    await shot(page, 'iam-user');
  });

  test('creates an access key and shows its secret exactly once', async () => {
    await page.goto(`${app.url}/iam/users/dora-e2e`);
    await page.getByRole('button', { name: 'Create access key' }).click();
    const reveal = page.getByTestId('new-secret');
    const text = (await reveal.textContent()) ?? '';
    const keyId = /New access key (\S+)\./.exec(text)?.[1];
    accessKeySecret = (await reveal.locator('p:nth-child(2) code').textContent()) ?? '';
    expect(keyId).toMatch(/^AKIA/);
    expect(accessKeySecret.length).toBeGreaterThanOrEqual(40);
    await shot(page, 'iam-access-key-once');
    await page.reload();
    await expect(page.getByTestId('new-secret').count()).resolves.toBe(0);
    await expect(page.getByTestId('access-keys').textContent()).resolves.toContain(keyId);
    expect((await page.content()).includes(accessKeySecret)).toBe(false);
    accessKeyId = keyId!;
  });

  test('lists a pool and its users, filtered by status and by attribute', async () => {
    await page.goto(`${app.url}/cognito/pools`);
    await page.getByRole('link', { name: 'demo-customers' }).click();
    const users = page.locator('[data-testid=pool-users] tbody td:first-child');
    await expect(users.allTextContents()).resolves.toEqual([
      'ana',
      'ben',
      'cleo',
      'dan',
      'eve',
      'customer01',
      'customer02',
      'customer03',
      'customer04',
      'customer05',
    ]);
    await expect(page.getByTestId('clients').textContent()).resolves.toContain('yes (kept on the server)');
    await shot(page, 'cognito-pool');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(users.first().textContent()).resolves.toBe('customer06');
    await page.getByLabel('Status').selectOption('FORCE_CHANGE_PASSWORD');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(users.allTextContents()).resolves.toEqual(['ben']);
    await page.goto(
      `${app.url}/cognito/pools/${app.target.demo.poolId}?attribute=email&match=%5E%3D&value=customer1`,
    );
    await expect(users.allTextContents()).resolves.toEqual(['customer10', 'customer11', 'customer12']);
  });

  test('an administrator creates, disables, enables and deletes a pool user', async () => {
    await page.goto(`${app.url}/cognito/pools/${app.target.demo.poolId}`);
    await page.getByLabel('User name').fill('zed');
    await page.getByLabel('Email', { exact: true }).fill('zed@example.com');
    await page.getByLabel('Temporary password').fill('Zed-temp-1');
    secrets.set('admin-typed temporary password', 'Zed-temp-1');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('User zed created');
    await page.goto(
      `${app.url}/cognito/pools/${app.target.demo.poolId}?attribute=username&match=%3D&value=zed`,
    );
    const row = page.locator('[data-testid=pool-users] tbody tr');
    await expect(row.textContent()).resolves.toContain('FORCE_CHANGE_PASSWORD');
    for (const [button, message] of [
      ['Disable', 'disabled'],
      ['Enable', 'enabled'],
      ['Reset password', 'must reset'],
    ] as const) {
      await page.goto(
        `${app.url}/cognito/pools/${app.target.demo.poolId}?attribute=username&match=%3D&value=zed`,
      );
      await row.getByRole('button', { name: button }).click();
      await expect(page.getByRole('status').first().textContent()).resolves.toContain(message);
    }
    await page.goto(
      `${app.url}/cognito/pools/${app.target.demo.poolId}?attribute=username&match=%3D&value=zed`,
    );
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.goto(
      `${app.url}/cognito/pools/${app.target.demo.poolId}?attribute=username&match=%3D&value=zed`,
    );
    await expect(row.count()).resolves.toBe(0);
  });
});

describe('sign-in with SRP from the browser', () => {
  let signIn: Page;
  let idTokens: string[];

  beforeAll(async () => {
    signIn = await withScript.newPage();
    log.watch(signIn);
    idTokens = [];
    signIn.on('request', (request) => {
      if (request.url() === `${app.url}/signin/verify`)
        idTokens.push(JSON.parse(request.postData() ?? '{}').idToken);
    });
    // The browser talks to Cognito (the emulator) itself: never with AWS credentials.
    signIn.on('request', (request) => {
      if (request.url().startsWith(app.target.local!.url)) {
        expect(request.headers().authorization).toBeUndefined();
      }
    });
  });

  test('through a forced password change, to claims the server verified, then out', async () => {
    const { username, temporaryPassword } = app.target.demo.forceChange;
    await signIn.goto(`${app.url}/signin`);
    await signIn.getByLabel('User name').fill(username);
    await signIn.getByLabel('Password', { exact: true }).fill(temporaryPassword);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByLabel('New password').fill('Chosen-pass-42');
    secrets.set('chosen password', 'Chosen-pass-42');
    await shot(signIn, 'signin-new-password');
    await signIn.getByRole('button', { name: 'Set password' }).click();
    await signIn.waitForURL(`${app.url}/signin/claims`);
    await expect(signIn.getByTestId('verified').textContent()).resolves.toContain('verified');
    const claims = await signIn.getByTestId('claims').textContent();
    expect(claims).toContain('ben');
    expect(claims).toContain(`${app.target.local!.url}/${app.target.demo.poolId}`);
    await shot(signIn, 'signin-claims');
    await signIn.getByRole('button', { name: 'Sign out' }).click();
    await signIn.waitForURL(`${app.url}/signin`);
    await expect(signIn.getByRole('status').first().textContent()).resolves.toContain('ben signed out');
    await signIn.goto(`${app.url}/signin/claims`);
    expect(signIn.url()).toBe(`${app.url}/signin`);
  });

  test('answers TOTP MFA with an authenticator code', async () => {
    const { username, password, totpSecret } = app.target.demo.mfa;
    await signIn.goto(`${app.url}/signin`);
    await signIn.getByLabel('User name').fill(username);
    await signIn.getByLabel('Password', { exact: true }).fill(password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByLabel('6-digit code').waitFor();
    await signIn.getByLabel('6-digit code').fill(totpCode(totpSecret, Date.now()));
    await signIn.getByRole('button', { name: 'Verify' }).click();
    await signIn.waitForURL(`${app.url}/signin/claims`);
    await expect(signIn.getByTestId('claims').textContent()).resolves.toContain('max');
    await signIn.getByRole('button', { name: 'Sign out' }).click();
    await signIn.waitForURL(`${app.url}/signin`);
  });

  test('a wrong password is refused in the page', async () => {
    await signIn.goto(`${app.url}/signin`);
    await signIn.getByLabel('User name').fill(app.target.demo.confirmed.username);
    await signIn.getByLabel('Password', { exact: true }).fill('Not-the-password-1');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.locator('#signin-status.field-error').textContent()).resolves.toMatch(
      /Incorrect username or password/,
    );
    expect(signIn.url()).toBe(`${app.url}/signin`);
  });

  test('the server refuses a token it cannot verify, and the tokens never come back', async () => {
    expect(idTokens.length).toBe(2);
    for (const [index, token] of idTokens.entries()) secrets.set(`ID token ${index}`, token);
    const forged = `${idTokens[0]!.slice(0, -4)}AAAA`;
    const answer = await signIn.evaluate(
      async ([token, poolId, clientId]) => {
        const csrf = document.querySelector<HTMLFormElement>('#signin')!.dataset.csrf!;
        const response = await fetch('/signin/verify', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ poolId, clientId, idToken: token }),
        });
        return { status: response.status, body: await response.text() };
      },
      [forged, app.target.demo.poolId, app.target.demo.webClientId] as const,
    );
    expect(answer.status).toBe(401);
    expect(answer.body).toContain('did not verify');
  });
});

describe('connections', () => {
  test('a bad connection shows the field error inline and keeps what was typed, never the secret', async () => {
    await page.goto(`${app.url}/connections`);
    await page.getByLabel('Name', { exact: true }).fill('Customer A');
    await page.getByLabel('Access key id (user name)').fill('AKIAEXAMPLE123');
    await page.getByLabel('Secret access key (password)').fill('typed-Secret-Value-0123456789');
    secrets.set('typed connection secret', 'typed-Secret-Value-0123456789');
    await page.getByLabel('Region', { exact: true }).fill('mars-1');
    await page.getByRole('button', { name: 'Add connection' }).click();
    await expect(page.locator('#region-error').textContent()).resolves.toContain(
      'connection_config.region "mars-1" is not an AWS region',
    );
    await expect(page.getByLabel('Region', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await expect(page.getByLabel('Access key id (user name)').inputValue()).resolves.toBe('AKIAEXAMPLE123');
    await expect(page.getByLabel('Secret access key (password)').inputValue()).resolves.toBe('');
    await shot(page, 'connection-error');
    await page.getByLabel('Region', { exact: true }).fill('us-east-1');
    await page.getByLabel('apiSubdomain').fill('idp.evil.example');
    await page.getByLabel('Secret access key (password)').fill('typed-Secret-Value-0123456789');
    await page.getByRole('button', { name: 'Add connection' }).click();
    await expect(page.locator('#apiSubdomain-error').textContent()).resolves.toContain(
      'is not one of idp.REGION',
    );
    await page.getByLabel('apiSubdomain').fill('');
    await page.getByLabel('Access key id (user name)').fill('');
    await page.getByLabel('Secret access key (password)').fill('typed-Secret-Value-0123456789');
    await page.getByRole('button', { name: 'Add connection' }).click();
    await expect(page.locator('#username-error').textContent()).resolves.toContain(
      'credentials.username (access key id) is missing',
    );
  });

  test("a second connection with the new user's key: its refusals read as sentences", async () => {
    await page.goto(`${app.url}/connections`);
    await page.getByLabel('Name', { exact: true }).fill('dora (deploy only)');
    await page.getByLabel('Access key id (user name)').fill(accessKeyId);
    await page.getByLabel('Secret access key (password)').fill(accessKeySecret);
    await page.getByLabel('Region', { exact: true }).fill('us-east-1');
    await page.getByRole('button', { name: 'Add connection' }).click();
    // STS names the key's identity when the connection is added (GetCallerIdentity needs no permission).
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /its key signs as arn:aws:iam::\d{12}:user\/dora-e2e/,
    );
    const table = await page.getByTestId('connections').textContent();
    expect(table).toContain('dora (deploy only)');
    expect(table).not.toContain(accessKeySecret);
    await page.goto(`${app.url}/iam/users`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /Access denied.*not authorized to perform: iam:ListUsers/s,
    );
    await shot(page, 'access-denied');
    await page.getByLabel('Connection').selectOption({ label: 'Demo account (local emulator)' });
    await page.getByRole('button', { name: 'Use' }).click();
    await expect(page.locator('[data-testid=users] tbody tr').count()).resolves.toBe(10);
  });

  test('deletes a user with its access key and attached policy', async () => {
    await page.goto(`${app.url}/iam/users/dora-e2e`);
    await page.getByRole('button', { name: 'Delete user dora-e2e' }).click();
    expect(page.url()).toBe(`${app.url}/iam/users`);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('User dora-e2e deleted.');
    await page.goto(`${app.url}/iam/users?q=dora`);
    await expect(page.locator('[data-testid=users] tbody tr').count()).resolves.toBe(0);
  });
});

describe('CSRF and secrets', () => {
  test('a change without the session token, or with a wrong one, is refused and changes nothing', async () => {
    const first = await fetch(`${app.url}/iam/users`);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(await first.text())![1]!;
    const post = (body: Record<string, string>) =>
      fetch(`${app.url}/iam/users`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(body),
      });
    expect((await post({ userName: 'csrf-victim' })).status).toBe(403);
    expect((await post({ userName: 'csrf-victim', _csrf: `${token.slice(0, -2)}xx` })).status).toBe(403);
    const other = await fetch(`${app.url}/iam/users`);
    const otherToken = /name="_csrf" value="([^"]+)"/.exec(await other.text())![1]!;
    expect((await post({ userName: 'csrf-victim', _csrf: otherToken })).status).toBe(403);
    const json = await fetch(`${app.url}/signin/verify`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(403);
    const list = await fetch(`${app.url}/iam/users?q=csrf`, { headers: { cookie } });
    expect(await list.text()).not.toContain('csrf-victim');
    expect((await post({ userName: 'csrf-allowed', _csrf: token })).status).toBe(303);
  });

  test('no secret the run knows is in any response body or log line; the new key secret only in the page that showed it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500)); // the last bodies are read asynchronously
    expect(log.bodies.length).toBeGreaterThan(30);
    for (const [name, secret] of secrets) {
      expect(log.containing(secret), name).toEqual([]);
    }
    expect(log.containing(accessKeySecret)).toEqual([`${app.url}/iam/users/dora-e2e`]);
    expect(app.logLines.length).toBeGreaterThan(30);
    const logged = app.logLines.join('\n');
    for (const [name, secret] of [...secrets, ['new access key secret', accessKeySecret] as const]) {
      expect(logged.includes(secret), name).toBe(false);
    }
  });
});
