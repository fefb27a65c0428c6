// The package README is a contract too: what it says the signer leaves unsigned by default is what
// the code leaves unsigned, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { UNSIGNED_HEADERS } from '../src/constants.js';
import { variants } from './support/backends.js';
import { credentials, DATE, parseAuthorization } from './support/fixtures.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section =
  /## Headers that are not signed by default\n([\s\S]*?)\nThe list is exported/.exec(readme)?.[1] ?? '';
const listed = [...section.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]!);

test("the README's list of headers not signed by default is UNSIGNED_HEADERS", () => {
  expect(listed.length).toBeGreaterThan(0);
  expect([...listed].sort()).toEqual([...UNSIGNED_HEADERS].sort());
});

test.each(variants)(
  '%s: every header the README lists is sent but not signed',
  async (_label, crypto, createSigner) => {
    const signer = createSigner({ credentials, region: 'us-east-1', service: 'iam', crypto });
    const headers = Object.fromEntries(listed.map((name) => [name, 'value']));
    const signed = await signer.sign(
      { url: 'https://iam.amazonaws.com/', headers: { ...headers, 'x-kept': '1' } },
      { signingDate: DATE },
    );
    expect(parseAuthorization(signed.headers.authorization).signedHeaders).toEqual([
      'host',
      'x-amz-date',
      'x-kept',
    ]);
    for (const name of listed) if (name !== 'authorization') expect(signed.headers[name]).toBe('value');
  },
);
