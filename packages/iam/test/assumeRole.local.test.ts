import { startLocal } from '@iamkit/local';
import { createStsClient, fromAssumeRole, getCallerIdentity, isCredentialsError } from '@iamkit/sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as iam from '../src/index.node.js';

// What moto does not check, against @iamkit/local, which enforces trust policies and external IDs and
// expires sessions under its injected clock (shared here with the clients, so signatures stay in time).

// Starts at the real time: the signer checks expirations against the real clock.
let now = Date.now();
const clock = () => now;
const clientClock = () => new Date(now);
let local: Awaited<ReturnType<typeof startLocal>>;
let root: { accessKeyId: string; secretAccessKey: string };
const ROLE = 'arn:aws:iam::123456789012:role/partner';

beforeAll(async () => {
  local = await startLocal({ port: 0, clock });
  root = {
    accessKeyId: local.rootCredentials.accessKeyId,
    secretAccessKey: local.rootCredentials.secretAccessKey,
  };
  const admin = iam.createIamClient({ endpoint: local.url, credentials: root, clock: clientClock });
  await iam.createRole(admin, {
    RoleName: 'partner',
    AssumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'tenant-42' } },
        },
      ],
    }),
  });
  await iam.putRolePolicy(admin, {
    RoleName: 'partner',
    PolicyName: 'read',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:List*', 'iam:Get*'], Resource: '*' }],
    }),
  });
});

afterAll(async () => {
  await local?.close();
});

const assume = (externalId?: string) =>
  fromAssumeRole({
    roleArn: ROLE,
    ...(externalId ? { externalId } : {}),
    sourceCredentials: root,
    clock: clientClock,
    sts: { endpoint: local.url, clock: clientClock, retry: 1 },
  });

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection');
};

describe('@iamkit/sts against @iamkit/local', () => {
  it('assumes the role with the right external ID and signs IAM calls as the role', async () => {
    const credentials = assume('tenant-42');
    const client = iam.createIamClient({ endpoint: local.url, credentials, clock: clientClock });
    const { Roles } = await iam.listRoles(client);
    expect(Roles.map((r) => r.RoleName)).toEqual(['partner']);
    const identity = await getCallerIdentity(
      createStsClient({ endpoint: local.url, credentials, clock: clientClock }),
    );
    expect(identity.Arn).toMatch(/^arn:aws:sts::123456789012:assumed-role\/partner\//);
  });

  it('a missing or wrong external ID fails typed, naming the role', async () => {
    for (const externalId of [undefined, 'tenant-41']) {
      const error = await failure(assume(externalId)());
      expect(isCredentialsError(error)).toBe(true);
      expect(error.message).toBe(`assume role ${ROLE}: AssumeRole failed (AwsServiceError AccessDenied)`);
    }
  });

  it('an expired session fails typed (ExpiredToken from STS)', async () => {
    const assumed = await assume('tenant-42')();
    now += 2 * 3_600_000; // the emulator's clock, past the session's hour
    const client = iam.createIamClient({
      endpoint: local.url,
      credentials: assumed,
      clock: clientClock,
      retry: 1,
    });
    const error = await failure(iam.listRoles(client));
    expect(error).toMatchObject({ name: 'AwsServiceError', code: 'ExpiredToken' });
  });
});
