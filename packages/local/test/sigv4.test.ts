import { createSigner } from '@iamkit/signer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Local, startLocal } from '../src/index.js';
import { errorCode, signedQuery } from './support/signedFetch.js';

const T0 = Date.parse('2026-06-01T12:00:00Z');
const MINUTE = 60_000;
const LIST_USERS = 'Action=ListUsers&Version=2010-05-08';

let now = T0;
let local: Local;
beforeAll(async () => {
  local = await startLocal({ clock: () => now });
});
afterAll(() => local.close());

const at = (offset: number) => new Date(T0 + offset);

describe('SigV4 verification', () => {
  it('accepts a header signature within 15 minutes and refuses one beyond (RequestTimeTooSkewed)', async () => {
    now = T0;
    const ok = await signedQuery(local.url, local.rootCredentials, LIST_USERS, {
      signingDate: at(-14 * MINUTE),
    });
    expect(ok.status).toBe(200);
    const skewed = await signedQuery(local.url, local.rootCredentials, LIST_USERS, {
      signingDate: at(-16 * MINUTE),
    });
    expect([skewed.status, errorCode(skewed.text)]).toEqual([403, 'RequestTimeTooSkewed']);
    const future = await signedQuery(local.url, local.rootCredentials, LIST_USERS, {
      signingDate: at(16 * MINUTE),
    });
    expect(errorCode(future.text)).toBe('RequestTimeTooSkewed');
  });

  it('accepts a presigned URL until it expires (RequestExpired after)', async () => {
    const signer = createSigner({ credentials: local.rootCredentials, region: 'us-east-1', service: 'iam' });
    const { url } = await signer.presign(
      { method: 'GET', url: `${local.url}/?${LIST_USERS}` },
      { expiresIn: 60, signingDate: at(0) },
    );
    now = T0 + 30_000;
    expect((await fetch(url)).status).toBe(200);
    now = T0 + 61_000;
    const expired = await fetch(url);
    expect([expired.status, errorCode(await expired.text())]).toEqual([400, 'RequestExpired']);
    now = T0;
  });

  it('refuses a wrong secret, an unknown key, a tampered body and an incomplete header', async () => {
    const wrongSecret = { accessKeyId: local.rootCredentials.accessKeyId, secretAccessKey: 'x'.repeat(40) };
    const bad = await signedQuery(local.url, wrongSecret, LIST_USERS, { signingDate: at(0) });
    expect([bad.status, errorCode(bad.text)]).toEqual([403, 'SignatureDoesNotMatch']);
    const unknown = await signedQuery(
      local.url,
      { accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: 'x'.repeat(40) },
      LIST_USERS,
      { signingDate: at(0) },
    );
    expect([unknown.status, errorCode(unknown.text)]).toEqual([403, 'InvalidClientTokenId']);
    const signer = createSigner({ credentials: local.rootCredentials, region: 'us-east-1', service: 'iam' });
    const signed = await signer.sign(
      {
        method: 'POST',
        url: `${local.url}/`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: LIST_USERS,
      },
      { signingDate: at(0) },
    );
    const tampered = await fetch(`${local.url}/`, {
      method: 'POST',
      headers: signed.headers as Record<string, string>,
      body: `${LIST_USERS}&MaxItems=1`,
    });
    expect(errorCode(await tampered.text())).toBe('SignatureDoesNotMatch');
    const incomplete = await signedQuery(local.url, local.rootCredentials, LIST_USERS, {
      signingDate: at(0),
      tamper: (headers) => {
        headers.authorization = headers.authorization!.replace(/, Signature=.*$/, '');
      },
    });
    expect([incomplete.status, errorCode(incomplete.text)]).toEqual([400, 'IncompleteSignature']);
  });

  it('refuses unsigned Query requests and signed-only Cognito operations without a signature', async () => {
    const unsigned = await fetch(`${local.url}/`, {
      method: 'POST',
      body: LIST_USERS,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect([unsigned.status, errorCode(await unsigned.text())]).toEqual([403, 'MissingAuthenticationToken']);
    const cognito = await fetch(`${local.url}/`, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AWSCognitoIdentityProviderService.ListUserPools',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{"MaxResults": 10}',
    });
    expect(cognito.status).toBe(400);
    expect(((await cognito.json()) as { __type: string }).__type).toBe('MissingAuthenticationTokenException');
  });

  it('answers hostile input with AWS-style errors and keeps serving', async () => {
    const json = (target: string, body: string | Uint8Array) =>
      fetch(`${local.url}/`, {
        method: 'POST',
        headers: { 'x-amz-target': target, 'content-type': 'application/x-amz-json-1.1' },
        body,
      });
    const badJson = await json('AWSCognitoIdentityProviderService.InitiateAuth', '{"AuthFlow": ');
    expect(((await badJson.json()) as { __type: string }).__type).toBe('SerializationException');
    const notObject = await json('AWSCognitoIdentityProviderService.InitiateAuth', '[1,2]');
    expect(((await notObject.json()) as { __type: string }).__type).toBe('SerializationException');
    const unknownTarget = await json('AWSCognitoIdentityProviderService.MakeCoffee', '{}');
    expect(((await unknownTarget.json()) as { __type: string }).__type).toBe('UnknownOperationException');
    const huge = await json(
      'AWSCognitoIdentityProviderService.InitiateAuth',
      new Uint8Array(3 * 1024 * 1024),
    );
    expect([huge.status, ((await huge.json()) as { __type: string }).__type]).toEqual([
      413,
      'RequestEntityTooLarge',
    ]);
    const unknownAction = await signedQuery(
      local.url,
      local.rootCredentials,
      'Action=MakeCoffee&Version=2010-05-08',
      {
        signingDate: at(0),
      },
    );
    expect([unknownAction.status, errorCode(unknownAction.text)]).toEqual([400, 'InvalidAction']);
    expect(unknownAction.text).toContain('Could not find operation MakeCoffee for version 2010-05-08');
    const binary = await signedQuery(local.url, local.rootCredentials, '\u0000\uffff%%%&&==', {
      signingDate: at(0),
    });
    expect(binary.status).toBe(400);
    expect(
      (await signedQuery(local.url, local.rootCredentials, LIST_USERS, { signingDate: at(0) })).status,
    ).toBe(200);
  });
});
