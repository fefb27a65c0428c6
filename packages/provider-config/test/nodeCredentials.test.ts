import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isCredentialsError } from '../src/index.js';
import { defaultCredentials, fromEnv, fromSharedFiles } from '../src/node/index.js';
import { rejection } from './support/thrown.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const OTHER_SECRET = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==';
const HOME = '/home/tester';

function files(entries: Record<string, string>) {
  const read: string[] = [];
  const readFile = async (path: string) => {
    read.push(path);
    return entries[path];
  };
  return { readFile, read };
}

function expectNoSecrets(error: Error) {
  for (const text of [error.message, String(error.stack), inspect(error), JSON.stringify(error)]) {
    for (const secret of [SECRET, OTHER_SECRET, TOKEN]) expect(text).not.toContain(secret);
  }
}

describe('fromEnv', () => {
  it('reads the key pair and session token', async () => {
    const credentials = await fromEnv({
      env: { AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN },
    });
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: SECRET,
      sessionToken: TOKEN,
    });
    expect(JSON.stringify(credentials)).not.toContain(SECRET);
    expect(inspect(credentials)).not.toContain(TOKEN);
  });

  it('names the variables when unset or half set, never the secret', async () => {
    const unset = await rejection(fromEnv({ env: {} }));
    expect(isCredentialsError(unset)).toBe(true);
    expect(unset.message).toContain('AWS_ACCESS_KEY_ID');
    const half = await rejection(fromEnv({ env: { AWS_SECRET_ACCESS_KEY: SECRET } }));
    expect(isCredentialsError(half)).toBe(true);
    expect(half.message).toContain('AWS_ACCESS_KEY_ID is missing');
    expectNoSecrets(half);
  });
});

describe('fromSharedFiles', () => {
  const env = { HOME };
  const credentialsPath = `${HOME}/.aws/credentials`;
  const configPath = `${HOME}/.aws/config`;

  it('reads [default] from ~/.aws/credentials', async () => {
    const { readFile } = files({
      [credentialsPath]: `# comment\n[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = ${SECRET}\n`,
    });
    const credentials = await fromSharedFiles({ env, readFile });
    expect(credentials).toMatchObject({ accessKeyId: 'AKIDDEFAULT', secretAccessKey: SECRET });
  });

  it('selects AWS_PROFILE, reading [profile x] in config and [x] in credentials, credentials winning', async () => {
    const { readFile } = files({
      [configPath]: `[profile dev]\nregion = eu-west-1\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = ${OTHER_SECRET}\n[dev]\naws_access_key_id = WRONGSECTION\n`,
      [credentialsPath]: `[dev]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = ${SECRET}\n`,
    });
    const credentials = await fromSharedFiles({ env: { ...env, AWS_PROFILE: 'dev' }, readFile });
    expect(credentials).toMatchObject({ accessKeyId: 'AKIDCREDS', secretAccessKey: SECRET });
  });

  it('reads a profile that only the config file has', async () => {
    const { readFile } = files({
      [configPath]: `[profile ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = ${SECRET}\naws_session_token = ${TOKEN}\ns3 =\n  max_concurrent_requests = 10\n`,
    });
    const credentials = await fromSharedFiles({ env, readFile, profile: 'ci' });
    expect(credentials).toMatchObject({ accessKeyId: 'AKIDCI', sessionToken: TOKEN });
  });

  it('honours AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE, expanding ~', async () => {
    const { readFile, read } = files({
      [`${HOME}/custom/creds`]: `[default]\naws_access_key_id = AKIDCUSTOM\naws_secret_access_key = ${SECRET}\n`,
    });
    const credentials = await fromSharedFiles({
      env: { ...env, AWS_SHARED_CREDENTIALS_FILE: '~/custom/creds', AWS_CONFIG_FILE: '/etc/aws-config' },
      readFile,
    });
    expect(credentials.accessKeyId).toBe('AKIDCUSTOM');
    expect(read.sort()).toEqual(['/etc/aws-config', `${HOME}/custom/creds`]);
  });

  it('names the profile and files when the profile is missing', async () => {
    const { readFile } = files({ [credentialsPath]: '[default]\naws_access_key_id = AKID\n' });
    const error = await rejection(fromSharedFiles({ env, readFile, profile: 'dev' }));
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain(`profile 'dev' in ${credentialsPath}`);
    expect(error.message).toContain(configPath);
  });

  it('names the profile and file when the secret is missing', async () => {
    const { readFile } = files({ [credentialsPath]: '[dev]\naws_access_key_id = AKIDDEV\n' });
    const error = await rejection(fromSharedFiles({ env, readFile, profile: 'dev' }));
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain(`profile 'dev' in ${credentialsPath}`);
    expect(error.message).toContain('aws_secret_access_key is missing');
  });

  it('reports a malformed secret without echoing it', async () => {
    const { readFile } = files({
      [credentialsPath]: `[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = ${SECRET} ${OTHER_SECRET}\n`,
    });
    const error = await rejection(fromSharedFiles({ env, readFile, profile: 'dev' }));
    expect(error.message).toContain('aws_secret_access_key is malformed');
    expectNoSecrets(error);
  });

  it('reports unparseable lines by number only', async () => {
    const { readFile } = files({ [credentialsPath]: `[dev]\naws_access_key_id = AKIDDEV\n${SECRET}\n` });
    const error = await rejection(fromSharedFiles({ env, readFile, profile: 'dev' }));
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain(`${credentialsPath} is malformed (line 3`);
    expectNoSecrets(error);
  });

  it('names settings it does not resolve, such as role_arn', async () => {
    const { readFile } = files({
      [configPath]: '[profile assume]\nrole_arn = arn:aws:iam::123456789012:role/x\n',
    });
    const error = await rejection(fromSharedFiles({ env, readFile, profile: 'assume' }));
    expect(error.message).toContain(`profile 'assume' in ${configPath} uses role_arn`);
  });
});

describe('defaultCredentials', () => {
  const credentialsFile = `${HOME}/.aws/credentials`;
  const sharedDefault = `[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = ${OTHER_SECRET}\n`;

  it('prefers static credentials, then the environment, then the shared files', async () => {
    const { readFile } = files({ [credentialsFile]: sharedDefault });
    const env = { HOME, AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: SECRET };
    expect(
      (
        await defaultCredentials({
          env,
          readFile,
          credentials: { accessKeyId: 'AKIDSTATIC', secretAccessKey: SECRET },
        })
      ).accessKeyId,
    ).toBe('AKIDSTATIC');
    expect((await defaultCredentials({ env, readFile })).accessKeyId).toBe('AKIDENV');
    expect((await defaultCredentials({ env: { HOME }, readFile })).accessKeyId).toBe('AKIDFILE');
  });

  it('skips the environment when a profile is chosen explicitly', async () => {
    const { readFile } = files({
      [credentialsFile]: `${sharedDefault}[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = ${SECRET}\n`,
    });
    const env = { HOME, AWS_PROFILE: 'dev', AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: SECRET };
    expect((await defaultCredentials({ env, readFile })).accessKeyId).toBe('AKIDDEV');
  });

  it('stops at a malformed source instead of using another identity', async () => {
    const { readFile } = files({ [credentialsFile]: sharedDefault });
    const error = await rejection(
      defaultCredentials({ env: { HOME, AWS_ACCESS_KEY_ID: 'AKIDENV' }, readFile }),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain('AWS_SECRET_ACCESS_KEY is missing');
  });

  it('lists every source tried when nothing is found', async () => {
    const { readFile } = files({});
    const error = await rejection(
      defaultCredentials({ env: { HOME, AWS_EC2_METADATA_DISABLED: 'true' }, readFile }),
    );
    expect(isCredentialsError(error)).toBe(true);
    expect(error.message).toContain('instance metadata (disabled by AWS_EC2_METADATA_DISABLED)');
    expect(error.message).toContain('environment');
    expect(error.message).toContain(`profile 'default' in ${credentialsFile}`);
    expect(error.message).toContain(`profile 'default' in ${HOME}/.aws/config`);
  });

  it('reads real files through the default reader', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/provider-config-home-`);
    try {
      writeFileSync(`${dir}/credentials`, sharedDefault);
      const env = {
        HOME: dir,
        AWS_SHARED_CREDENTIALS_FILE: `${dir}/credentials`,
        AWS_CONFIG_FILE: `${dir}/missing`,
        AWS_EC2_METADATA_DISABLED: 'true',
      };
      expect((await defaultCredentials({ env })).accessKeyId).toBe('AKIDFILE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
