// How sign / presign take what callers actually pass: method references handed to map, null,
// URL objects, mixed-case header lists, bad per-call scope parts, URLs that are already presigned.
import { describe, expect, test } from 'vitest';
import { explain } from '../src/explain.js';
import { isInvalidRequestError, type SignerError } from '../src/SignerError.js';
import { createCanonicalRequest } from '../src/steps/createCanonicalRequest.js';
import { variants } from './support/backends.js';
import { credentials, DATE } from './support/fixtures.js';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: SignerError) => error,
  );

describe.each(variants)('%s', (_label, crypto, createSigner) => {
  const signer = createSigner({
    credentials,
    region: 'us-east-1',
    service: 'iam',
    crypto,
    clock: () => DATE,
  });
  const requests = [
    { url: 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08' },
    { method: 'POST', url: 'https://iam.amazonaws.com/x', body: 'Action=ListRoles' },
  ];

  test('sign and presign can be handed to map: the index is no option, the array no hook', async () => {
    for (const method of ['sign', 'presign'] as const) {
      // From JavaScript (TypeScript refuses a number for the options).
      const mapped = await Promise.all(
        requests.map(signer[method] as (...args: unknown[]) => Promise<{ url: string }>),
      );
      const one = await Promise.all(requests.map((request) => signer[method](request)));
      expect(mapped).toEqual(one);
      expect(mapped[1]!.url).toMatch(method === 'sign' ? /\/x$/ : /X-Amz-Signature=[\da-f]{64}$/);
    }
  });

  test('a missing request, or a method that is not a string, is a typed error that names no value', async () => {
    for (const call of [
      () => signer.sign(undefined as never),
      () => signer.sign(null as never),
      () => signer.presign(null as never),
      () => signer.sign({ url: requests[0]!.url, method: 1 as never }),
      () => signer.sign({ url: requests[0]!.url, method: '' }),
      () => signer.presign({ url: requests[0]!.url, method: 'GET/X-Amz-Token' }),
    ]) {
      const error = await rejection(call());
      expect(isInvalidRequestError(error)).toBe(true);
      expect(error?.message).toMatch(/request|method/);
      expect(error?.message).not.toMatch(/amazonaws|Token/);
    }
  });

  test('null options are no options', async () => {
    for (const method of ['sign', 'presign'] as const) {
      expect(await signer[method](requests[1]!, null as never)).toEqual(await signer[method](requests[1]!));
    }
  });

  test('a URL object is signed as its href, and the result has the href', async () => {
    for (const request of requests) {
      const url = new URL(request.url);
      for (const query of [false, true]) {
        const fromObject = await explain(signer, { ...request, url }, { query });
        const fromString = await explain(signer, request, { query });
        expect(fromObject.canonicalRequest).toBe(fromString.canonicalRequest);
        expect(fromObject.request).toEqual(fromString.request);
        expect(typeof fromObject.request.url).toBe('string');
      }
      expect(createCanonicalRequest({ ...request, url: new URL(request.url) })).toBe(
        createCanonicalRequest(request),
      );
    }
    for (const url of [undefined, 5, {}, { href: 5 }, ['https://iam.amazonaws.com/']]) {
      expect(isInvalidRequestError(await rejection(signer.sign({ url } as never)))).toBe(true);
    }
  });

  test('createCanonicalRequest refuses a method that is not a non-empty string, as sign does', () => {
    for (const method of [5, '', {}]) {
      let thrown: unknown;
      try {
        createCanonicalRequest({ url: 'https://iam.amazonaws.com/', method } as never);
      } catch (error) {
        thrown = error;
      }
      expect(isInvalidRequestError(thrown)).toBe(true);
    }
  });

  test('signableHeaders and unsignableHeaders match names in any case', async () => {
    const request = {
      url: requests[0]!.url,
      headers: { 'User-Agent': 'x', 'X-Custom': 'y', 'x-other': 'z' },
    };
    const signedHeaders = async (options: object) => (await explain(signer, request, options)).signedHeaders;
    const expected = 'host;user-agent;x-amz-date;x-other';
    expect(await signedHeaders({ signableHeaders: ['user-agent'], unsignableHeaders: ['x-custom'] })).toBe(
      expected,
    );
    expect(await signedHeaders({ signableHeaders: ['User-Agent'], unsignableHeaders: ['X-Custom'] })).toBe(
      expected,
    );
    expect(await signedHeaders({ signableHeaders: ['USER-AGENT'] })).toBe(
      'host;user-agent;x-amz-date;x-custom;x-other',
    );
    expect(await signedHeaders({ unsignableHeaders: ['X-CUSTOM', 'X-Other'] })).toBe('host;x-amz-date');
    // One name instead of a list (from JavaScript) is that name, not its substrings or letters.
    expect(await signedHeaders({ signableHeaders: 'User-Agent', unsignableHeaders: 'X-Custom' })).toBe(
      expected,
    );
    expect(await signedHeaders({ signableHeaders: 'user-agent-x' })).toBe('host;x-amz-date;x-custom;x-other');
  });

  test('a region or service that is empty, not a string or holds "/" is a typed error (the scope would be wrong)', async () => {
    for (const [region, service] of [
      ['', 'iam'],
      ['us-east-1', ''],
      [5, 'iam'],
      ['us-east-1', ['iam']],
      ['us-east-1/x', 'iam'],
      ['us-east-1', 'i/am'],
    ]) {
      for (const call of [
        () => signer.sign(requests[0]!, { region, service } as never),
        () => signer.presign(requests[0]!, { region, service } as never),
        // At createSigner or when signing.
        async () => createSigner({ credentials, region, service, crypto } as never).sign(requests[0]!),
      ]) {
        const error = await rejection(call());
        expect(isInvalidRequestError(error)).toBe(true);
        expect(error?.message).toMatch(/^Invalid (region|service)$/);
      }
    }
  });

  test('presigning a URL that already has X-Amz-* signing parameters is a typed error, not a second copy', async () => {
    const base = 'https://bucket.s3.amazonaws.com/key?a=1';
    for (const name of [
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-SignedHeaders',
      'X-Amz-Security-Token',
      'X-Amz-Signature',
      'x-amz-signature',
    ]) {
      for (const url of [`${base}&${name}=secret-value`, `${base}&${name}`, `https://h/?${name}=v&b=2#f`]) {
        const error = await rejection(signer.presign({ url }));
        expect(isInvalidRequestError(error)).toBe(true);
        expect(error?.message).not.toMatch(/secret|bucket|https/);
      }
    }
    // Other X-Amz-* parameters (S3 takes headers as query parameters) are the caller's to sign.
    for (const extra of [
      'x-amz-acl=private',
      'X-Amz-Content-Sha256=UNSIGNED-PAYLOAD',
      'X-Amz-Date-Of-Birth=1',
      'X-Amz-Meta-Date=1',
    ]) {
      expect((await signer.presign({ url: `${base}&${extra}` })).url).toContain(`&${extra}&X-Amz-Algorithm=`);
    }
    // Header signing leaves the query alone.
    expect((await signer.sign({ url: `${base}&X-Amz-Date=1` })).url).toBe(`${base}&X-Amz-Date=1`);
  });

  test('a signing parameter whose name is percent-escaped is found too (the name AWS decodes)', async () => {
    const base = 'https://iam.amazonaws.com/?a=1';
    for (const name of [
      'X-Amz-Dat%65',
      'X-Amz-Dat%45',
      '%58-Amz-Signature',
      'x%2Damz%2Dsecurity%2dtoken',
      '%58%2D%41%6D%7A%2D%45%78%70%69%72%65%73',
    ]) {
      for (const url of [`${base}&${name}=secret-value`, `${base}&${name}`, `https://h/?${name}=v&b=2#f`]) {
        const error = await rejection(signer.presign({ url }));
        expect(isInvalidRequestError(error), url).toBe(true);
        expect(error?.message).not.toMatch(/secret|amazonaws|https/);
      }
    }
    // Names that only decode to something longer, or keep an escape that is not a letter, are the caller's.
    for (const extra of ['X-Amz-Dat%65-Of-Birth=1', 'X-Amz-Date%3D1=2', 'X-Amz-Date%26x=1']) {
      expect((await signer.presign({ url: `${base}&${extra}` })).url).toContain(`&${extra}&X-Amz-Algorithm=`);
    }
  });
});
