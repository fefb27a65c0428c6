import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

let child: ChildProcess;
let env: Record<string, string>;

beforeAll(async () => {
  child = spawn(process.execPath, [CLI, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const printed = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('AWS_DEFAULT_REGION=')) resolve(text);
    });
    child.once('exit', (code) => reject(new Error(`iamkit-local exited with ${code}`)));
  });
  env = Object.fromEntries(
    printed
      .split('\n')
      .filter((line) => line.startsWith('AWS_'))
      .map((line) => line.split('=', 2) as [string, string]),
  );
});
afterAll(() => {
  child.kill('SIGTERM');
});

/** Runs the AWS CLI (awscli, installed with moto) against the emulator with the printed variables. */
const aws = async (args: string[], overrides: Record<string, string> = {}) => {
  try {
    const { stdout } = await promisify(execFile)('python3', ['-m', 'awscli', '--output', 'json', ...args], {
      env: { ...process.env, ...env, ...overrides, AWS_MAX_ATTEMPTS: '1' },
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
};

describe('the iamkit-local CLI, driven by the AWS CLI', () => {
  it('prints its URL and root credentials', () => {
    expect(env.AWS_ENDPOINT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(env.AWS_ACCESS_KEY_ID).toMatch(/^AKIA/);
    expect(env.AWS_SECRET_ACCESS_KEY).toHaveLength(40);
  });

  it('serves IAM, STS and Cognito to the AWS CLI, and refuses a wrong secret', async () => {
    const created = await aws(['iam', 'create-user', '--user-name', 'cli-user']);
    expect(JSON.parse(created.stdout).User.Arn).toBe('arn:aws:iam::123456789012:user/cli-user');
    const identity = await aws(['sts', 'get-caller-identity']);
    expect(JSON.parse(identity.stdout).Arn).toBe('arn:aws:iam::123456789012:root');
    const pool = await aws(['cognito-idp', 'create-user-pool', '--pool-name', 'cli']);
    expect(JSON.parse(pool.stdout).UserPool.Id).toMatch(/^us-east-1_/);
    const missing = await aws(['iam', 'get-user', '--user-name', 'nobody']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('(NoSuchEntity)');
    const wrong = await aws(['iam', 'list-users'], { AWS_SECRET_ACCESS_KEY: 'x'.repeat(40) });
    expect(wrong.stderr).toContain('(SignatureDoesNotMatch)');
    const wrongCognito = await aws(['cognito-idp', 'list-user-pools', '--max-results', '5'], {
      AWS_SECRET_ACCESS_KEY: 'x'.repeat(40),
    });
    expect(wrongCognito.stderr).toContain('(InvalidSignatureException)');
    // Each AWS CLI run starts Python and loads botocore: seconds on a shared machine.
  }, 180_000);
});
