import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCredentialsError, type RoleAssumer } from '../src/index.js';
import { fromProfile, fromSharedFiles, type ProfileOptions } from '../src/node/index.js';
import { fakeRoleAssumer } from './support/fakeRoleAssumer.js';
import { reply, startFakeServer } from './support/fakeServer.js';
import { loopbackOnlyFetch } from './support/loopbackOnly.js';
import { endpointCredentials, expectNoSecrets, OTHER_SECRET, SECRET, TOKEN } from './support/secrets.js';
import { rejection } from './support/thrown.js';

const HOME = '/home/tester';
const CONFIG = `${HOME}/.aws/config`;
const CREDENTIALS = `${HOME}/.aws/credentials`;
const START = new Date('2026-12-06T12:00:00Z');
const ROLE = 'arn:aws:iam::123456789012:role/integration';

let now: Date;
let assumer: ReturnType<typeof fakeRoleAssumer>;
beforeEach(() => {
  now = START;
  assumer = fakeRoleAssumer(() => now);
});

function profile(
  name: string,
  files: { config?: string; credentials?: string },
  options: Partial<ProfileOptions> = {},
) {
  const contents: Record<string, string | undefined> = {
    [CONFIG]: files.config,
    [CREDENTIALS]: files.credentials,
  };
  return fromProfile({
    profile: name,
    env: { HOME },
    readFile: async (file) => contents[file],
    clock: () => now,
    roleAssumer: assumer.roleAssumer,
    ...options,
  });
}

const baseKeys = `[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = ${OTHER_SECRET}\n`;

describe('fromProfile: role_arn with source_profile', () => {
  it('assumes the role with the source profile keys, external_id, session name, duration and region', async () => {
    const credentials = await profile('partner', {
      config:
        `[profile partner]\nrole_arn = ${ROLE}\nsource_profile = base\nexternal_id = ext-42\n` +
        'role_session_name = billing\nduration_seconds = 1800\nregion = eu-west-1\n',
      credentials: baseKeys,
    })();
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAROLE1',
      secretAccessKey: SECRET,
      sessionToken: TOKEN,
    });
    expect(credentials.expiration).toEqual(new Date(START.getTime() + 3_600_000));
    expectNoSecrets(credentials);
    expect(assumer.calls).toHaveLength(1);
    const [call] = assumer.calls;
    expect(call?.operation).toBe('assumeRole');
    expect(call?.params).toMatchObject({
      roleArn: ROLE,
      roleSessionName: 'billing',
      externalId: 'ext-42',
      durationSeconds: 1800,
      region: 'eu-west-1',
      sourceCredentials: { accessKeyId: 'AKIDBASE', secretAccessKey: OTHER_SECRET },
    });
  });

  it('follows chains of roles, each signed with the previous role', async () => {
    const credentials = await profile('c', {
      config:
        `[profile c]\nrole_arn = ${ROLE}-c\nsource_profile = b\n` +
        `[profile b]\nrole_arn = ${ROLE}-b\nsource_profile = base\n`,
      credentials: baseKeys,
    })();
    expect(assumer.calls.map((call) => call.params.roleArn)).toEqual([`${ROLE}-b`, `${ROLE}-c`]);
    expect(assumer.calls[1]?.params).toMatchObject({ sourceCredentials: { accessKeyId: 'ASIAROLE1' } });
    expect(credentials.accessKeyId).toBe('ASIAROLE2');
  });

  it('refuses a cycle, naming the chain', async () => {
    const error = await rejection(
      profile('a', {
        config:
          `[profile a]\nrole_arn = ${ROLE}\nsource_profile = b\n[profile b]\nrole_arn = ${ROLE}\nsource_profile = c\n` +
          `[profile c]\nrole_arn = ${ROLE}\nsource_profile = a\n`,
      })(),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain("source_profile chain 'a' -> 'b' -> 'c' -> 'a' is a cycle");
    expect(assumer.calls).toHaveLength(0);
    const self = await rejection(
      profile('a', { config: `[profile a]\nrole_arn = ${ROLE}\nsource_profile = a\n` })(),
    );
    expect(self.message).toContain("source_profile chain 'a' -> 'a' is a cycle");
  });

  it("lets a profile sign its own AssumeRole with its own keys; a source profile's keys win over its role", async () => {
    await profile('self', {
      credentials: `[self]\naws_access_key_id = AKIDSELF\naws_secret_access_key = ${SECRET}\nrole_arn = ${ROLE}\nsource_profile = self\n`,
    })();
    expect(assumer.calls[0]?.params).toMatchObject({ sourceCredentials: { accessKeyId: 'AKIDSELF' } });
    await profile('top', {
      config: `[profile top]\nrole_arn = ${ROLE}\nsource_profile = mid\n[profile mid]\nrole_arn = ${ROLE}-mid\nsource_profile = base\n`,
      credentials: `[mid]\naws_access_key_id = AKIDMID\naws_secret_access_key = ${SECRET}\n${baseKeys}`,
    })();
    expect(assumer.calls).toHaveLength(2);
    expect(assumer.calls[1]?.params).toMatchObject({
      roleArn: ROLE,
      sourceCredentials: { accessKeyId: 'AKIDMID' },
    });
  });

  it('asks the mfa callback for mfa_serial and sends the code; refuses without one or with a bad code', async () => {
    const config = `[profile mfa]\nrole_arn = ${ROLE}\nsource_profile = base\nmfa_serial = arn:aws:iam::123456789012:mfa/me\n`;
    const asked: string[] = [];
    await profile(
      'mfa',
      { config, credentials: baseKeys },
      {
        mfa: async (serial) => {
          asked.push(serial);
          return '123456';
        },
      },
    )();
    expect(asked).toEqual(['arn:aws:iam::123456789012:mfa/me']);
    expect(assumer.calls[0]?.params).toMatchObject({
      serialNumber: 'arn:aws:iam::123456789012:mfa/me',
      tokenCode: '123456',
    });

    const none = await rejection(profile('mfa', { config, credentials: baseKeys })());
    expect(none.message).toContain('sets mfa_serial: pass an `mfa` callback');
    const bad = await rejection(
      profile('mfa', { config, credentials: baseKeys }, { mfa: async () => '98765x' })(),
    );
    expect(bad.message).toContain('the mfa callback returned something other than a 6-digit code');
    expect(bad.message).not.toContain('98765x');
  });

  it('shares one AssumeRole among 100 concurrent callers and assumes again before expiry', async () => {
    const credentials = profile('partner', {
      config: `[profile partner]\nrole_arn = ${ROLE}\nsource_profile = base\n`,
      credentials: baseKeys,
    });
    await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(assumer.calls).toHaveLength(1);
    now = new Date(START.getTime() + 3_600_000 - 4 * 60_000);
    const refreshed = await Promise.all(Array.from({ length: 100 }, () => credentials()));
    expect(assumer.calls).toHaveLength(2);
    expect(new Set(refreshed.map((c) => c.accessKeyId))).toEqual(new Set(['ASIAROLE2']));
  });
});

describe('fromProfile: credential_source', () => {
  let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;
  afterEach(async () => {
    for (const request of server?.requests ?? []) expect(request.remoteAddress).toBe('127.0.0.1');
    await server?.close();
    server = undefined;
  });

  it('Environment signs with the environment keys', async () => {
    await profile(
      'env-role',
      { config: `[profile env-role]\nrole_arn = ${ROLE}\ncredential_source = Environment\n` },
      { env: { HOME, AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: SECRET } },
    )();
    expect(assumer.calls[0]?.params).toMatchObject({ sourceCredentials: { accessKeyId: 'AKIDENV' } });
  });

  it('EcsContainer signs with the container credentials (a loopback fake)', async () => {
    server = await startFakeServer((_request, response) =>
      reply(response, 200, endpointCredentials(new Date(now.getTime() + 3_600_000), 'ASIATASK')),
    );
    await profile(
      'task-role',
      { config: `[profile task-role]\nrole_arn = ${ROLE}\ncredential_source = EcsContainer\n` },
      {
        env: { HOME, AWS_CONTAINER_CREDENTIALS_FULL_URI: server.url },
        fetch: loopbackOnlyFetch(),
        container: { timeoutMs: 5000 },
        instanceMetadata: { timeoutMs: 5000 },
      },
    )();
    expect(assumer.calls[0]?.params).toMatchObject({ sourceCredentials: { accessKeyId: 'ASIATASK' } });
  });

  it('Ec2InstanceMetadata signs with the instance role (a loopback fake)', async () => {
    server = await startFakeServer((request, response) => {
      if (request.method === 'PUT') return reply(response, 200, 'imds-token');
      if (request.path.endsWith('/security-credentials/')) return reply(response, 200, 'ec2-role');
      reply(response, 200, endpointCredentials(new Date(now.getTime() + 3_600_000), 'ASIAEC2'));
    });
    await profile(
      'ec2-role',
      { config: `[profile ec2-role]\nrole_arn = ${ROLE}\ncredential_source = Ec2InstanceMetadata\n` },
      {
        env: { HOME, AWS_EC2_METADATA_SERVICE_ENDPOINT: server.url },
        fetch: loopbackOnlyFetch(),
        container: { timeoutMs: 5000 },
        instanceMetadata: { timeoutMs: 5000 },
      },
    )();
    expect(assumer.calls[0]?.params).toMatchObject({ sourceCredentials: { accessKeyId: 'ASIAEC2' } });
  });

  it('refuses an unknown source, or both source_profile and credential_source', async () => {
    const unknown = await rejection(
      profile('x', { config: `[profile x]\nrole_arn = ${ROLE}\ncredential_source = Laptop\n` })(),
    );
    expect(unknown.message).toContain(
      'credential_source must be Environment, Ec2InstanceMetadata or EcsContainer',
    );
    const both = await rejection(
      profile('x', {
        config: `[profile x]\nrole_arn = ${ROLE}\ncredential_source = Environment\nsource_profile = base\n`,
        credentials: baseKeys,
      })(),
    );
    expect(both.message).toContain('sets both source_profile and credential_source');
  });
});

describe('fromProfile: other settings and failures', () => {
  it('assumes a role with web_identity_token_file, reading the token', async () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.payload.signature';
    await fromProfile({
      profile: 'oidc',
      env: { HOME },
      readFile: async (file) =>
        file === CONFIG
          ? `[profile oidc]\nrole_arn = ${ROLE}\nweb_identity_token_file = /var/run/token\nrole_session_name = pod\n`
          : file === '/var/run/token'
            ? token
            : undefined,
      roleAssumer: assumer.roleAssumer,
    })();
    expect(assumer.calls[0]).toEqual({
      operation: 'assumeRoleWithWebIdentity',
      params: { roleArn: ROLE, roleSessionName: 'pod', webIdentityToken: token },
    });
  });

  it('says which package provides role assumption when no roleAssumer is given', async () => {
    const error = await rejection(
      profile(
        'partner',
        { config: `[profile partner]\nrole_arn = ${ROLE}\nsource_profile = base\n`, credentials: baseKeys },
        { roleAssumer: undefined as unknown as RoleAssumer },
      )(),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toBe(
      `profile 'partner' in ${CONFIG} (role ${ROLE}): assuming a role needs an STS client; pass \`roleAssumer\` (@iamkit/sts provides one)`,
    );
  });

  it('wraps a failing AssumeRole in a typed error with its code, keeping the original as cause', async () => {
    const denied = Object.assign(
      new Error('User arn:aws:iam::123456789012:user/ci is not authorized to perform sts:AssumeRole'),
      {
        name: 'StsServiceError',
        code: 'AccessDenied',
      },
    );
    const roleAssumer = { ...assumer.roleAssumer, assumeRole: async () => Promise.reject(denied) };
    const error = await rejection(
      profile(
        'partner',
        { config: `[profile partner]\nrole_arn = ${ROLE}\nsource_profile = base\n`, credentials: baseKeys },
        { roleAssumer },
      )(),
    );
    expect(error.message).toBe(
      `profile 'partner' in ${CONFIG} (role ${ROLE}): AssumeRole failed (StsServiceError AccessDenied)`,
    );
    expect(error.cause).toBe(denied); // the STS client's own error, with its wording and request details
    expect(error.message).not.toContain('not authorized');
    expectNoSecrets(error);
  });

  it('validates what the role assumer returns', async () => {
    const roleAssumer = {
      ...assumer.roleAssumer,
      assumeRole: async () => ({ accessKeyId: 'ASIA', secretAccessKey: `${SECRET} ` }),
    };
    const error = await rejection(
      profile(
        'partner',
        { config: `[profile partner]\nrole_arn = ${ROLE}\nsource_profile = base\n`, credentials: baseKeys },
        { roleAssumer },
      )(),
    );
    expect(error.message).toContain('AssumeRole: secretAccessKey is malformed');
    expectNoSecrets(error);
  });

  it.each([
    [`[profile x]\nrole_arn = ${ROLE}\nsource_profile = ghost\n`, "its source_profile 'ghost' is in neither"],
    [
      `[profile x]\nrole_arn = ${ROLE}\nsource_profile = base\nduration_seconds = 60\n`,
      'duration_seconds must be',
    ],
    [
      `[profile x]\nrole_arn = ${ROLE}\n`,
      'uses role_arn without source_profile, credential_source or web_identity_token_file',
    ],
    ['[profile x]\nsso_session = corp\nsso_account_id = 1\n', 'uses sso_session (IAM Identity Center)'],
    [
      '[profile x]\nregion = eu-west-1\n',
      'has no aws_access_key_id / aws_secret_access_key, role_arn or credential_process',
    ],
  ])('refuses %j with a typed error', async (config, expected) => {
    const error = await rejection(profile('x', { config, credentials: baseKeys })());
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain(expected);
  });

  it('fromSharedFiles reads static keys once, as before', async () => {
    const credentials = await fromSharedFiles({
      profile: 'base',
      env: { HOME },
      readFile: async (file) => (file === CREDENTIALS ? baseKeys : undefined),
    });
    expect(credentials).toMatchObject({ accessKeyId: 'AKIDBASE', secretAccessKey: OTHER_SECRET });
  });
});
