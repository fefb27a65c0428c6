import { describe, expect, it } from 'vitest';
import { errorBody, fakeFetch, ok, recordingSigner, xml } from './support/fakeFetch.js';
import * as iam from './support/iam.js';
import { createIamClient } from './support/services.js';

/** A ListUsers server with IAM's semantics: pages of MaxItems (default 100), an opaque Marker. */
const listUsersServer = (total: number) =>
  fakeFetch((req) => {
    const start = req.params.Marker ? Number(atob(req.params.Marker)) : 0;
    const size = Number(req.params.MaxItems ?? 100);
    const end = Math.min(total, start + size);
    const users = Array.from(
      { length: end - start },
      (_, i) => `<member><UserName>u${start + i}</UserName></member>`,
    );
    const more =
      end < total
        ? `<IsTruncated>true</IsTruncated><Marker>${btoa(String(end))}</Marker>`
        : '<IsTruncated>false</IsTruncated>';
    return ok('ListUsers', `<Users>${users.join('')}</Users>${more}`);
  });

const clientOver = (fetch: typeof globalThis.fetch) =>
  createIamClient({ endpoint: 'http://127.0.0.1:1', signer: recordingSigner().signer, fetch });

describe('paginators', () => {
  it('walks every page of more than 100 users, lazily, with the page size sent as MaxItems', async () => {
    const server = listUsersServer(250);
    const client = clientOver(server.fetch);
    const iterator = iam.paginateListUsers(client, { PathPrefix: '/' });
    expect(server.requests).toHaveLength(0);
    const names: string[] = [];
    for await (const page of iterator) names.push(...page.Users.map((u) => u.UserName));
    expect(names).toEqual(Array.from({ length: 250 }, (_, i) => `u${i}`));
    expect(server.requests.map((r) => [r.params.Marker, r.params.PathPrefix])).toEqual([
      [undefined, '/'],
      [btoa('100'), '/'],
      [btoa('200'), '/'],
    ]);

    const small = listUsersServer(7);
    const sizes: number[] = [];
    for await (const page of iam.paginateListUsers(clientOver(small.fetch), {}, { pageSize: 3 })) {
      sizes.push(page.Users.length);
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(small.requests.map((r) => r.params.MaxItems)).toEqual(['3', '3', '3']);
  });

  it('honours maxPages and a starting Marker', async () => {
    const server = listUsersServer(50);
    const pages = [];
    for await (const page of iam.paginateListUsers(
      clientOver(server.fetch),
      { Marker: btoa('10') },
      { pageSize: 10, maxPages: 2 },
    )) {
      pages.push(page.Users[0]?.UserName);
    }
    expect(pages).toEqual(['u10', 'u20']);
    expect(server.requests).toHaveLength(2);
  });

  it('stops instead of looping when a truncated page repeats its marker', async () => {
    const server = fakeFetch(() =>
      ok('ListUsers', '<Users/><IsTruncated>true</IsTruncated><Marker>same</Marker>'),
    );
    const client = clientOver(server.fetch);
    const run = async () => {
      for await (const _ of iam.paginateListUsers(client, { Marker: 'same' })) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow(/without a new Marker/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('waiters', () => {
  it('polls on NoSuchEntity until the resource exists', async () => {
    const server = fakeFetch((_req, i) =>
      i < 2 ? xml(errorBody('NoSuchEntity'), 404) : ok('GetUser', '<User><UserName>late</UserName></User>'),
    );
    const sleeps: number[] = [];
    let now = 0;
    const out = await iam.waitUntilUserExists(
      clientOver(server.fetch),
      { UserName: 'late' },
      {
        now: () => now,
        sleep: async (ms) => {
          sleeps.push(ms);
          now += ms;
        },
      },
    );
    expect(out.User.UserName).toBe('late');
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('retries InstanceProfileExists on HTTP 404 and gives up after the bounded wait', async () => {
    const server = fakeFetch(() => xml(errorBody('NoSuchEntity'), 404));
    let now = 0;
    const error = await iam
      .waitUntilInstanceProfileExists(
        clientOver(server.fetch),
        { InstanceProfileName: 'p' },
        {
          now: () => now,
          sleep: async (ms) => {
            now += ms;
          },
        },
      )
      .catch((e: unknown) => e);
    expect(iam.isAwsTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ scope: 'waiter', timeoutMs: 40_000 });
    expect(server.requests).toHaveLength(40);
  });

  it('throws other errors at once', async () => {
    const server = fakeFetch(() => xml(errorBody('AccessDenied'), 403));
    await expect(iam.waitUntilRoleExists(clientOver(server.fetch), { RoleName: 'r' })).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(server.requests).toHaveLength(1);
  });
});
