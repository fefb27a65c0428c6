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

  it('takes useGlobalEndpoint and a connection roleArn in the universal entry too', async () => {
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
    expect(createStsClient({ region: 'us-west-2', credentials, useGlobalEndpoint: true }).endpoint).toBe(
      'https://sts.amazonaws.com',
    );
    const seen: string[] = [];
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init);
      const action = new URLSearchParams(await request.text()).get('Action')!;
      seen.push(`${action} ${request.headers.get('authorization')?.match(/Credential=(\w+)/)?.[1]}`);
      const expiration = new Date(Date.now() + 3_600_000).toISOString();
      return answer(
        action,
        action === 'AssumeRole'
          ? `<Credentials><AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>${expiration}</Expiration></Credentials>`
          : '<Account>2</Account>',
      );
    };
    const client = createStsClient({
      credentials: { username: 'AKIDPLATFORM', password: 'secret' },
      connection_config: { region: 'eu-west-1', roleArn: 'arn:aws:iam::2:role/r' },
      fetch: fetch as typeof globalThis.fetch,
    });
    await expect(getCallerIdentity(client)).resolves.toEqual({ Account: '2' });
    expect(seen).toEqual(['AssumeRole AKIDPLATFORM', 'GetCallerIdentity ASIAROLE']);
  });
});
