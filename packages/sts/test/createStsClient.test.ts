import { describe, expect, it } from 'vitest';
import { assumeRoleWithWebIdentity, createStsClient, getCallerIdentity } from '../src/index.js';

const answer = (operation: string, result: string) =>
  new Response(
    `<${operation}Response><${operation}Result>${result}</${operation}Result></${operation}Response>`,
    {
      headers: { 'content-type': 'text/xml' },
    },
  );

describe('createStsClient', () => {
  it('signs GetCallerIdentity and sends AssumeRoleWithWebIdentity (auth: none) unsigned', async () => {
    const seen: Request[] = [];
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(request);
      const action = new URLSearchParams(await request.text()).get('Action')!;
      return answer(action, action === 'GetCallerIdentity' ? '<Account>123456789012</Account>' : '');
    };
    const client = createStsClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      fetch: fetch as typeof globalThis.fetch,
    });
    expect(client.endpoint).toBe('https://sts.eu-west-1.amazonaws.com');
    await expect(getCallerIdentity(client)).resolves.toEqual({ Account: '123456789012' });
    await assumeRoleWithWebIdentity(client, {
      RoleArn: 'arn:aws:iam::1:role/r',
      RoleSessionName: 's',
      WebIdentityToken: 't',
    });
    expect(seen[0]!.headers.get('authorization')).toMatch(/Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/sts\//);
    expect(seen[1]!.headers.get('authorization')).toBeNull();
  });
});
