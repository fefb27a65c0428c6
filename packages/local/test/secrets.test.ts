import { inspect } from 'node:util';
import {
  AdminCreateUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CreateAccessKeyCommand, CreateUserCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Local, startLocal } from '../src/index.js';
import { rejection, sdkClients } from './support/sdkClients.js';

let local: Local;
beforeAll(async () => {
  local = await startLocal();
});
afterAll(() => local.close());

describe('secrets', () => {
  it('keeps the root secret out of inspect and JSON while SDKs still use it', async () => {
    const secret = local.rootCredentials.secretAccessKey;
    expect(inspect(local, { depth: 5 })).not.toContain(secret);
    expect(JSON.stringify(local)).not.toContain(secret);
    expect(inspect(local.rootCredentials)).toContain(local.rootCredentials.accessKeyId);
    expect({ ...local.rootCredentials }.secretAccessKey).toBe(secret);
  });

  it('never echoes passwords, secrets or signatures in error answers', async () => {
    const { iam, cognito } = sdkClients(local);
    await iam.send(new CreateUserCommand({ UserName: 'quiet' }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'quiet' }));
    const wrong = sdkClients(local, {
      accessKeyId: key.AccessKey!.AccessKeyId!,
      secretAccessKey: 'WrongSecret'.repeat(4),
    });
    const signature = await rejection(wrong.iam.send(new CreateUserCommand({ UserName: 'x' })));
    expect(signature.message).not.toContain(key.AccessKey!.SecretAccessKey!);
    expect(signature.message).not.toContain('WrongSecret');
    const poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'quiet' }))).UserPool!.Id!;
    const clientId = (
      await cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: 'c',
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
        }),
      )
    ).UserPoolClient!.ClientId!;
    const weak = await rejection(
      cognito.send(
        new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'u', TemporaryPassword: 'hunter2' }),
      ),
    );
    expect(weak.message).not.toContain('hunter2');
    const signIn = await rejection(
      cognito.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'u', PASSWORD: 'Sup3r-Secret-Pass' },
        }),
      ),
    );
    expect(signIn.message).not.toContain('Sup3r-Secret-Pass');
  });
});
