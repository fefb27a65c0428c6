import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateUserCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocal } from '../src/index.js';
import { sdkClients } from './support/sdkClients.js';

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'iamkit-local-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const allUsers = async (local: Parameters<typeof sdkClients>[0]): Promise<string[]> =>
  ((await sdkClients(local).iam.send(new ListUsersCommand({ MaxItems: 1000 }))).Users ?? []).map(
    (u) => u.UserName!,
  );

describe('state', () => {
  it('survives a restart with dataDir (same root key; seed runs only on a fresh state)', async () => {
    const dataDir = await tempDir();
    let seeded = 0;
    const seed = async (local: Parameters<typeof sdkClients>[0]) => {
      seeded += 1;
      await sdkClients(local).iam.send(new CreateUserCommand({ UserName: 'seeded' }));
    };
    const first = await startLocal({ dataDir, seed });
    await sdkClients(first).iam.send(new CreateUserCommand({ UserName: 'kept' }));
    await first.close();
    const second = await startLocal({ dataDir, seed });
    expect(second.rootCredentials.accessKeyId).toBe(first.rootCredentials.accessKeyId);
    expect(await allUsers(second)).toEqual(['kept', 'seeded']);
    expect(seeded).toBe(1);
    await second.reset();
    expect(await allUsers(second)).toEqual([]);
    await second.close();
  });

  it('applies concurrent requests one at a time', async () => {
    const local = await startLocal({ dataDir: await tempDir() });
    const { iam } = sdkClients(local);
    const names = Array.from({ length: 40 }, (_, i) => `user-${String(i).padStart(2, '0')}`);
    await Promise.all(names.map((UserName) => iam.send(new CreateUserCommand({ UserName }))));
    const duplicates = await Promise.allSettled(
      names.slice(0, 10).map((UserName) => iam.send(new CreateUserCommand({ UserName }))),
    );
    expect(duplicates.every((result) => result.status === 'rejected')).toBe(true);
    expect(await allUsers(local)).toEqual(names);
    await local.close();
  });

  it('keeps every acknowledged write when the process is killed mid-write', async () => {
    const dataDir = await tempDir();
    const child = spawn(process.execPath, [join(import.meta.dirname, 'support/childLocal.mjs'), dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const started = await new Promise<{ url: string; accessKeyId: string; secretAccessKey: string }>(
      (resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString('utf8'))));
        child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
      },
    );
    const target = {
      url: started.url,
      rootCredentials: { accessKeyId: started.accessKeyId, secretAccessKey: started.secretAccessKey },
    };
    const { iam } = sdkClients(target as Parameters<typeof sdkClients>[0]);
    const acknowledged: string[] = [];
    let next = 0;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // 16 writers keep requests in flight; the child is killed while some are being written.
    const writer = async () => {
      while (child.exitCode === null && child.signalCode === null) {
        const name = `u${next++}`;
        try {
          await iam.send(new CreateUserCommand({ UserName: name }));
          acknowledged.push(name);
          if (acknowledged.length === 60) child.kill('SIGKILL');
        } catch {
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, writer));
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    // The state file is whole JSON (never half-written); stray temporary files are ignored.
    JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8'));
    expect((await readdir(dataDir)).filter((f) => !f.endsWith('.tmp'))).toEqual(['state.json']);
    const restarted = await startLocal({ dataDir });
    const users = new Set(await allUsers(restarted));
    expect(acknowledged.filter((name) => !users.has(name))).toEqual([]);
    await restarted.close();
  });
});
