// Conformance with AWS's own SigV4 suite (aws-c-auth, v4 cases): header and query signing, on both
// crypto backends. For every case: canonical request, string to sign, signature and the complete
// signed request, each byte for byte; plus the exported step functions on the header form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { explain } from '../src/explain.js';
import { computeSignature } from '../src/steps/computeSignature.js';
import { createCanonicalRequest } from '../src/steps/createCanonicalRequest.js';
import { createStringToSign } from '../src/steps/createStringToSign.js';
import { getSigningKey } from '../src/steps/getSigningKey.js';
import { variants } from './support/backends.js';
import { parseRawRequest } from './support/rawRequest.js';
import { renderSigned } from './support/renderSigned.js';
import { vectorsDir } from './support/vectors.js';

interface Context {
  credentials: { access_key_id: string; secret_access_key: string; token?: string };
  expiration_in_seconds: number;
  normalize: boolean;
  region: string;
  service: string;
  sign_body: boolean;
  timestamp: string;
  omit_session_token?: boolean;
}

const suite = vectorsDir('sigv4-aws-c-auth');
const caseNames: string[] = suite
  ? Object.keys(JSON.parse(readFileSync(join(suite, 'INDEX.json'), 'utf8')).v4 as object)
  : [];
const ORIGIN = 'https://example.amazonaws.com';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function loadCase(name: string) {
  const dir = join(suite!, 'tests', 'aws-signing-test-suite', 'v4', name);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const context = JSON.parse(read('context.json')) as Context;
  const raw = parseRawRequest(read('request.txt'));
  const host = raw.headers.Host;
  if (typeof host !== 'string') throw new Error(`${name}: expected one Host header`);
  const request = {
    method: raw.method,
    url: `https://${host}${raw.target}`,
    headers: raw.headers,
    body: raw.body,
  };
  return { context, raw, request, read };
}

describe.skipIf(!suite)('aws-c-auth SigV4 suite (v4)', () => {
  test('has the 38 v4 cases', () => {
    expect(caseNames).toHaveLength(38);
  });

  describe.each(variants)('%s', (_label, crypto, createSigner) => {
    describe.each(caseNames)('%s', (name) => {
      const { context, raw, request, read } = loadCase(name);
      const { access_key_id, secret_access_key, token } = context.credentials;
      const signer = createSigner({
        credentials: { accessKeyId: access_key_id, secretAccessKey: secret_access_key, sessionToken: token },
        region: context.region,
        service: context.service,
        crypto,
        clock: () => new Date(context.timestamp),
        normalizePath: context.normalize,
        uriEscapePath: true, // aws-c-auth's runner always double-encodes
      });
      const options = {
        addContentSha256Header: context.sign_body,
        omitSessionTokenFromSignature: context.omit_session_token === true,
      };

      test.each(['header', 'query'] as const)('%s signing', async (form) => {
        const query = form === 'query';
        const formOptions = { ...options, expiresIn: context.expiration_in_seconds };
        const explained = await explain(signer, request, { ...formOptions, query });
        expect(explained.canonicalRequest).toBe(read(`${form}-canonical-request.txt`));
        expect(explained.stringToSign).toBe(read(`${form}-string-to-sign.txt`));
        expect(explained.signature).toBe(read(`${form}-signature.txt`));
        const signed = query
          ? await signer.presign(request, formOptions)
          : await signer.sign(request, formOptions);
        expect(renderSigned(raw, signed, ORIGIN, { blankLineWithoutBody: true })).toBe(
          read(`${form}-signed-request.txt`),
        );
      });

      test('step functions (header form)', async () => {
        const amzDate = context.timestamp.replace(/[-:]/g, '');
        const signedToken = token && !options.omitSessionTokenFromSignature;
        const payloadHash = raw.body ? await crypto.sha256(raw.body) : EMPTY_SHA256;
        const canonicalRequest = createCanonicalRequest(
          {
            ...request,
            headers: {
              ...raw.headers,
              'X-Amz-Date': amzDate,
              ...(signedToken ? { 'X-Amz-Security-Token': token } : {}),
              ...(context.sign_body ? { 'x-amz-content-sha256': payloadHash } : {}),
            },
          },
          { payloadHash, normalizePath: context.normalize },
        );
        expect(canonicalRequest).toBe(read('header-canonical-request.txt'));
        const scope = `${amzDate.slice(0, 8)}/${context.region}/${context.service}/aws4_request`;
        const stringToSign = await createStringToSign(canonicalRequest, amzDate, scope, crypto);
        expect(stringToSign).toBe(read('header-string-to-sign.txt'));
        const key = await getSigningKey(
          secret_access_key,
          amzDate.slice(0, 8),
          context.region,
          context.service,
          crypto,
        );
        expect(await computeSignature(key, stringToSign, crypto)).toBe(read('header-signature.txt'));
      });
    });
  });
});
