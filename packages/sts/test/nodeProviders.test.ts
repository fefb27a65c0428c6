import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createStsClient,
  defaultCredentials,
  fromWebIdentity,
  getCallerIdentity,
  isCredentialsError,
} from '../src/index.node.js';
import { credentialsAnswer, type FakeSts, startFakeSts } from './support/fakeSts.js';

// Every source is pointed at temp files and a loopback STS through injected `env` / `sts` options; the
// metadata service is disabled in each env, so nothing leaves 127.0.0.1.
let dir: string;
let sts: FakeSts | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iamkit-sts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await sts?.close();
  sts = undefined;
});

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error & { source?: string };
  }
  throw new Error('expected a rejection');
};

describe('fromWebIdentity (EKS IRSA)', () => {
  it('assumes AWS_ROLE_ARN with the token file, unsigned, re-reading the file at each refresh', async () => {
    let now = new Date('2026-12-06T12:00:00Z');
    const clock = () => now;
    sts = await startFakeSts(credentialsAnswer(clock));
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'token-one');
    const env = {
      AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
      AWS_ROLE_ARN: 'arn:aws:iam::1:role/pod',
      AWS_ROLE_SESSION_NAME: 'billing',
      AWS_REGION: 'eu-west-1',
    };
    const provider = fromWebIdentity({ env, clock, sts: { endpoint: sts.url } });
    const credentials = await Promise.all(Array.from({ length: 100 }, () => provider()));
    expect(sts.calls).toHaveLength(1);
    expect(credentials[0]!.expiration).toEqual(new Date(now.getTime() + 3_600_000));
    expect(sts.calls[0]!.action).toBe('AssumeRoleWithWebIdentity');
    expect(sts.calls[0]!.authorization).toBeUndefined();
    expect(Object.fromEntries(sts.calls[0]!.params)).toMatchObject({
      RoleArn: 'arn:aws:iam::1:role/pod',
      RoleSessionName: 'billing',
      WebIdentityToken: 'token-one',
    });
    writeFileSync(tokenFile, 'token-two');
    now = new Date(now.getTime() + 56 * 60_000);
    await provider();
    expect(sts.calls).toHaveLength(2);
    expect(sts.calls[1]!.params.get('WebIdentityToken')).toBe('token-two');
  });

  it('names the file, not the token, when STS refuses it', async () => {
    sts = await startFakeSts((_call, response) => {
      response.writeHead(400, { 'content-type': 'text/xml' });
      response.end(
        '<ErrorResponse><Error><Code>InvalidIdentityToken</Code><Message>bad</Message></Error></ErrorResponse>',
      );
    });
    const tokenFile = join(dir, 'bad-token');
    writeFileSync(tokenFile, 'SECRET-TOKEN-do-not-show');
    const provider = fromWebIdentity({
      env: { AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile, AWS_ROLE_ARN: 'arn:aws:iam::1:role/pod' },
      sts: { endpoint: sts.url },
    });
    const error = await failure(provider());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain(tokenFile);
    expect(error.message).toContain(
      'AssumeRoleWithWebIdentity failed (AwsServiceError InvalidIdentityToken)',
    );
    expect(error.message).not.toContain('do-not-show');
  });
});

describe('defaultCredentials with STS role assumption', () => {
  it('assumes a profile role (source_profile, external_id) through the STS client', async () => {
    sts = await startFakeSts(credentialsAnswer());
    const credentialsFile = join(dir, 'credentials');
    const configFile = join(dir, 'config');
    writeFileSync(
      credentialsFile,
      '[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = BASE-SECRET\n',
    );
    writeFileSync(
      configFile,
      '[profile partner]\nrole_arn = arn:aws:iam::2:role/partner\nsource_profile = base\nexternal_id = ext-7\nregion = eu-west-1\n',
    );
    const env = {
      AWS_PROFILE: 'partner',
      AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
      AWS_CONFIG_FILE: configFile,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const credentials = await defaultCredentials({ env, sts: { endpoint: sts.url } });
    expect(credentials.accessKeyId).toMatch(/^ASIAFAKE/);
    expect(credentials.expiration).toBeInstanceOf(Date);
    expect(sts.calls[0]!.params.get('ExternalId')).toBe('ext-7');
    expect(sts.calls[0]!.authorization).toMatch(/Credential=AKIDBASE\/\d{8}\/eu-west-1\/sts\//);
  });

  it('lists every source tried when none has credentials', async () => {
    const error = await failure(
      defaultCredentials({
        env: { HOME: dir, AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: join(dir, 'none') },
      }),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toMatch(/environment.*web identity.*container.*instance metadata \(disabled/);
  });
});

describe('createStsClient (node entry)', () => {
  it('uses the regional endpoint by default, and sts.amazonaws.com with useGlobalEndpoint', () => {
    const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
    expect(createStsClient({ region: 'eu-west-1', credentials }).endpoint).toBe(
      'https://sts.eu-west-1.amazonaws.com',
    );
    const global = createStsClient({ region: 'eu-west-1', credentials, useGlobalEndpoint: true });
    expect([global.endpoint, global.signingRegion]).toEqual(['https://sts.amazonaws.com', 'us-east-1']);
    // Regions that never had the global endpoint stay regional.
    expect(createStsClient({ region: 'af-south-1', credentials, useGlobalEndpoint: true }).endpoint).toBe(
      'https://sts.af-south-1.amazonaws.com',
    );
    expect(() => createStsClient({ region: 'eu-west-1', useGlobalEndpoint: 'yes' as never })).toThrow(
      /useGlobalEndpoint/,
    );
  });

  it("assumes a platform connection's roleArn with the connection key, then signs with the role", async () => {
    sts = await startFakeSts((call, response) => {
      if (call.action === 'AssumeRole') return credentialsAnswer()(call, response);
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(
        '<GetCallerIdentityResponse><GetCallerIdentityResult><Account>2</Account>' +
          '</GetCallerIdentityResult></GetCallerIdentityResponse>',
      );
    });
    const client = createStsClient({
      endpoint: sts.url,
      credentials: { username: 'AKIDPLATFORM', password: 'PLATFORM-SECRET-do-not-show' },
      connection_config: { region: 'eu-west-1', roleArn: 'arn:aws:iam::2:role/partner', externalId: 'ext-9' },
      sts: { endpoint: sts.url },
    });
    await expect(getCallerIdentity(client)).resolves.toEqual({ Account: '2' });
    const [assume, call] = sts.calls;
    expect(assume!.action).toBe('AssumeRole');
    expect(assume!.params.get('ExternalId')).toBe('ext-9');
    expect(assume!.authorization).toMatch(/Credential=AKIDPLATFORM\//);
    expect(call!.authorization).toMatch(/Credential=ASIAFAKE\d+\//);
    expect(() =>
      createStsClient({
        credentials: { username: 'AKIDPLATFORM', password: 'x' },
        connection_config: { region: 'eu-west-1', externalId: 'ext-9' },
      }),
    ).toThrow(/externalId is set without a roleArn/);
  });
});
