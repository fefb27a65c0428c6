import { describe, expect, it } from 'vitest';
import { send, useFaultServers } from '../../runtime/test/support/faultServer.js';
import * as nodeEntry from '../src/index.node.js';

const { serve } = useFaultServers();

describe('the node entry', () => {
  it('is what the node entry of the package uses by default', async () => {
    const server = await serve((_req, _i, res) =>
      send(res, 200, '<ListUsersResponse><ListUsersResult><Users/></ListUsersResult></ListUsersResponse>'),
    );
    const client = nodeEntry.createIamClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    await expect(nodeEntry.listUsers(client)).resolves.toEqual({ Users: [] });
    expect(server.seen[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
    // undici's fetch adds these fetch-spec headers; node:http does not.
    expect(server.seen[0]!.headers['sec-fetch-mode']).toBeUndefined();
    expect(server.seen[0]!.headers['accept-encoding']).toBeUndefined();
    expect(typeof nodeEntry.paginateListUsers).toBe('function');
  });
});

describe('the node entry with caller hooks', () => {
  it('hands afterResponse hooks a real Response (the buffered shortcut is only for the client itself)', async () => {
    const server = await serve((_req, _i, res) =>
      send(res, 200, '<ListUsersResponse><ListUsersResult><Users/></ListUsersResult></ListUsersResponse>'),
    );
    const seen: unknown[] = [];
    const client = nodeEntry.createIamClient({
      endpoint: server.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      hooks: { afterResponse: [(_request, _options, response) => void seen.push(response)] },
    });
    await expect(nodeEntry.listUsers(client)).resolves.toEqual({ Users: [] });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Response);
  });
});
