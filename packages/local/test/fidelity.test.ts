import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Local, startLocal } from '../src/index.js';
import { type StepResult, scenarioDifferences } from './fidelity/differences.js';
import { MOTO_DEVIATIONS } from './fidelity/motoDeviations.js';
import { type Moto, startMoto } from './support/startMoto.js';

const SCENARIO = join(import.meta.dirname, 'fidelity', 'scenario.py');
const run = async (url: string, accessKeyId: string, secret: string): Promise<StepResult[]> =>
  JSON.parse(
    (await promisify(execFile)('python3', [SCENARIO, url, accessKeyId, secret])).stdout,
  ) as StepResult[];

let local: Local;
let moto: Moto;
beforeAll(async () => {
  [local, moto] = await Promise.all([startLocal(), startMoto()]);
});
afterAll(async () => {
  await Promise.all([local?.close(), moto?.stop()]);
});

describe('fidelity: one botocore scenario against moto and the emulator', () => {
  it('gets the same normalised answers and error codes, except the documented moto deviations', async () => {
    const [ours, theirs] = await Promise.all([
      run(local.url, local.rootCredentials.accessKeyId, local.rootCredentials.secretAccessKey),
      run(moto.url, 'testing', 'testing'),
    ]);
    expect(ours.length).toBeGreaterThanOrEqual(40);
    expect(
      ours.filter((step) => step.error !== undefined).map((step) => `${step.op}: ${step.error}`),
    ).toEqual([
      'CreateUser duplicate: EntityAlreadyExists',
      'CreatePolicy malformed: MalformedPolicyDocument',
      'DeleteRole conflict: DeleteConflict',
      'DeleteUser conflict: DeleteConflict',
      'GetUser missing: NoSuchEntity',
      'InitiateAuth wrong password: NotAuthorizedException',
      'AdminGetUser deleted: UserNotFoundException',
    ]);
    const found = scenarioDifferences(ours, theirs);
    const documented = Object.keys(MOTO_DEVIATIONS);
    const undocumented = found.filter((difference) => !documented.some((key) => difference.startsWith(key)));
    expect(undocumented).toEqual([]);
    const stale = documented.filter((key) => !found.some((difference) => difference.startsWith(key)));
    expect(stale).toEqual([]);
  });
});
