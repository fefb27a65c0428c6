import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import type { PageContext } from '../src/web/pageContext.js';
import { PROGRESS_AFTER_MS, renderPage } from '../src/web/renderPage.js';
import { cognitoFailure } from './support/cognitoFailure.js';

const page: PageContext = {
  title: 'Users',
  csrfToken: 'token',
  connections: [],
  activeConnectionId: 'demo',
  target: 'test',
  flash: undefined,
  path: '/users',
};

function appWith(load: () => Promise<unknown>) {
  const app = new Hono();
  app.get('/', (c) => renderPage(c, page, async () => <p id="list">{String(await load())}</p>));
  return app;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('renderPage: progress on slow lists, without JavaScript', () => {
  test('a slow list: the frame and a progress line first, then the list and a rule hiding the progress', async () => {
    let release: (value: string) => void = () => {};
    const slow = new Promise<string>((resolve) => {
      release = resolve;
    });
    const response = await appWith(() => slow).request('/');
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first).toContain('<h1>Users</h1>');
    expect(first).toContain('id="progress"');
    expect(first).not.toContain('id="list"');
    release('alice, bob');
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += decoder.decode(chunk.value);
    expect(rest).toContain('<p id="list">alice, bob</p><style>#progress{display:none}</style>');
    expect(rest.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('a fast list is one plain answer, without a progress line', async () => {
    const response = await appWith(async () => 'alice').request('/');
    const body = await response.text();
    expect(body.startsWith('<!doctype html>')).toBe(true);
    expect(body).toContain('<p id="list">alice</p>');
    expect(body).not.toContain('progress"');
  });

  test("a failed call is a sentence with the error's status", async () => {
    const response = await appWith(async () => {
      throw await cognitoFailure('ResourceNotFoundException', 'User pool us-east-1_x does not exist.');
    }).request('/');
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain('<strong>Not found</strong><div>');
    expect(body).toContain('User pool us-east-1_x does not exist.');
  });

  test('a slow failure still ends the page with the sentence', async () => {
    const response = await appWith(async () => {
      await sleep(PROGRESS_AFTER_MS * 2);
      throw await cognitoFailure('TooManyRequestsException', 'Rate exceeded');
    }).request('/');
    const body = await response.text();
    expect(body).toContain('id="progress"');
    expect(body).toContain('<strong>AWS is throttling requests</strong>');
  });
});
