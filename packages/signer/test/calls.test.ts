// How sign / presign take what callers actually pass: method references handed to map, null,
// URL objects, mixed-case header lists, bad per-call scope parts, URLs that are already presigned.
import { describe, expect, test } from 'vitest';
import { variants } from './helpers/backends.js';
import { credentials, DATE } from './helpers/fixtures.js';

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
});
