// No secret (secret key, session token) in an error message, util.inspect or JSON.stringify of
// anything the signer returns or throws; the objects still carry the exact values to send.
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { explain } from '../src/explain.js';
import {
  InvalidCredentialsError,
  InvalidDateError,
  InvalidExpiryError,
  InvalidRequestError,
  isInvalidCredentialsError,
  isInvalidDateError,
  isInvalidExpiryError,
  isInvalidRequestError,
  isSignerError,
  SignerError,
} from '../src/SignerError.js';
import { variants } from './support/backends.js';
import { ACCESS_KEY_ID, DATE, SECRET, TOKEN } from './support/fixtures.js';

const ENCODED_TOKEN = encodeURIComponent(TOKEN);
const withToken = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET, sessionToken: TOKEN };
const request = {
  method: 'POST',
  url: 'https://sts.amazonaws.com/',
  body: 'Action=GetCallerIdentity&Version=2011-06-15',
};

/** Every rendering a log line could use. */
const renderings = (value: unknown) => [
  JSON.stringify(value),
  inspect(value, { depth: 10, showHidden: true }),
  String(value),
  `${(value as Error)?.message ?? ''}`,
];
const expectNoSecret = (value: unknown) => {
  for (const text of renderings(value)) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(ENCODED_TOKEN);
  }
};

describe.each(variants)('%s', (_label, crypto, createSigner) => {
  const signer = createSigner({ credentials: withToken, region: 'us-east-1', service: 'sts', crypto });

  test('the signer shows only its region, service and backend', () => {
    expectNoSecret(signer);
    expect(JSON.parse(JSON.stringify(signer))).toEqual({
      region: 'us-east-1',
      service: 'sts',
      crypto: crypto.name,
    });
    expect(inspect(signer)).toContain('us-east-1');
  });

  test('a signed request carries the token but never shows it', async () => {
    const signed = await signer.sign(request, { signingDate: DATE });
    expect(signed.headers['x-amz-security-token']).toBe(TOKEN);
    expectNoSecret(signed);
    expectNoSecret(signed.headers);
    expect(JSON.parse(JSON.stringify(signed.headers))).toMatchObject({
      'x-amz-security-token': '[redacted]',
    });
    expect({ ...signed.headers }['x-amz-security-token']).toBe(TOKEN);
    expect(new Headers(signed.headers).get('x-amz-security-token')).toBe(TOKEN);
  });

  test('a presigned URL carries the token; the object around it never shows it', async () => {
    for (const omitSessionTokenFromSignature of [false, true]) {
      const presigned = await signer.presign(request, { signingDate: DATE, omitSessionTokenFromSignature });
      expect(presigned.url).toContain(`X-Amz-Security-Token=${ENCODED_TOKEN}`);
      expectNoSecret(presigned);
    }
  });

  test('explain shows every step, never the secret, signing key or token', async () => {
    for (const query of [false, true]) {
      const explained = await explain(signer, request, { signingDate: DATE, query });
      expect(explained.canonicalRequest).toContain(query ? ENCODED_TOKEN : TOKEN);
      expectNoSecret(explained);
      expect(JSON.stringify(explained)).toContain('[redacted]');
    }
  });

  test('thrown errors carry no secret', async () => {
    const failures = [
      signer.sign({ url: 'nope' }),
      signer.sign({ url: request.url, headers: { 'bad header': TOKEN } }),
      signer.presign(request, { expiresIn: 0 }),
      signer.sign(request, { signingDate: 'never' }),
      createSigner({
        credentials: async () => ({ accessKeyId: ACCESS_KEY_ID, secretAccessKey: '', sessionToken: TOKEN }),
        region: 'us-east-1',
        service: 'sts',
        crypto,
      }).sign(request),
    ];
    // Every rejection is caught at once: a later one must not go unhandled while an earlier one waits.
    for (const error of await Promise.all(
      failures.map((failure) => failure.catch((caught: unknown) => caught)),
    )) {
      expect(isSignerError(error)).toBe(true);
      expectNoSecret(error);
    }
    let thrown: unknown;
    try {
      createSigner({ credentials: { accessKeyId: SECRET, secretAccessKey: '' }, region: 'r', service: 's' });
    } catch (error) {
      thrown = error;
    }
    expect(isInvalidCredentialsError(thrown)).toBe(true);
    expect(renderings(thrown).join()).not.toContain(SECRET);
  });
});

describe('error classes and guards', () => {
  test('named subclasses of SignerError', () => {
    for (const [Class, guard] of [
      [InvalidCredentialsError, isInvalidCredentialsError],
      [InvalidRequestError, isInvalidRequestError],
      [InvalidExpiryError, isInvalidExpiryError],
      [InvalidDateError, isInvalidDateError],
    ] as const) {
      const error = new Class('message');
      expect(error).toBeInstanceOf(SignerError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(Class.name);
      expect(guard(error)).toBe(true);
      expect(isSignerError(error)).toBe(true);
      expect(guard(new Error('message'))).toBe(false);
    }
    expect(isSignerError(new SignerError('x'))).toBe(true);
  });
  test('guards compare names, so copies from another module instance match', () => {
    const foreign = Object.assign(new Error('from the CJS copy'), { name: 'InvalidExpiryError' });
    expect(isInvalidExpiryError(foreign)).toBe(true);
    expect(isSignerError(foreign)).toBe(true);
    expect(isInvalidRequestError(foreign)).toBe(false);
    expect(isSignerError(null)).toBe(false);
    expect(isSignerError('InvalidRequestError')).toBe(false);
  });
});
