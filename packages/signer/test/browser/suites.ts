// The two AWS SigV4 suites as browser jobs plus, for each, the check to run in Node on what the
// page returns. Expectations are exactly those of the Node conformance tests
// (awsCAuth.vectors.test.ts, botocore.vectors.test.ts): canonical request, string to sign,
// signature and the rendered signed request, byte for byte, for header and query signing.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Explanation, SignedRequest } from '../../src/types.js';
import { headerValue, parseRawRequest, type RawRequest } from '../support/rawRequest.js';
import { renderSigned } from '../support/renderSigned.js';
import type { CallResult, Job } from './jobs.js';

export interface BrowserCase {
  job: Job;
  /** Throws (vitest expect) unless the page's results match the suite's files. */
  check(results: readonly CallResult[]): void;
}

const ORIGIN = 'https://example.amazonaws.com';
const EXAMPLE_CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

const requestOf = (raw: RawRequest) => ({
  method: raw.method,
  url: `https://${headerValue(raw, 'host')}${raw.target}`,
  headers: raw.headers,
  body: raw.body,
});

function resultValue<T extends Explanation | SignedRequest>(result: CallResult | undefined): T {
  if (!result?.ok) throw new Error(`the page's call failed: ${result ? result.error : 'no result'}`);
  return result.value as T;
}

function expectExplained(result: CallResult | undefined, creq: string, sts: string, signature?: string) {
  const explained = resultValue<Explanation>(result);
  // The page must have used the WebCrypto build: this is the point of running in a browser.
  expect(explained.crypto).toBe('webcrypto');
  expect(explained.canonicalRequest).toBe(creq);
  expect(explained.stringToSign).toBe(sts);
  if (signature !== undefined) expect(explained.signature).toBe(signature);
}

/** aws-c-auth v4: every case, header and query form (explain, then sign or presign). */
export function awsCAuthCases(suiteDir: string): BrowserCase[] {
  const index = JSON.parse(readFileSync(join(suiteDir, 'INDEX.json'), 'utf8')) as { v4: object };
  return Object.keys(index.v4).map((name) => {
    const dir = join(suiteDir, 'tests', 'aws-signing-test-suite', 'v4', name);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    const context = JSON.parse(read('context.json'));
    const raw = parseRawRequest(read('request.txt'));
    const { access_key_id, secret_access_key, token } = context.credentials;
    const options = {
      addContentSha256Header: context.sign_body,
      omitSessionTokenFromSignature: context.omit_session_token === true,
      expiresIn: context.expiration_in_seconds,
    };
    const job: Job = {
      suite: 'aws-c-auth',
      name,
      signer: {
        credentials: { accessKeyId: access_key_id, secretAccessKey: secret_access_key, sessionToken: token },
        region: context.region,
        service: context.service,
        clock: context.timestamp,
        normalizePath: context.normalize,
        uriEscapePath: true, // aws-c-auth's runner always double-encodes
      },
      request: requestOf(raw),
      calls: [
        { op: 'explain', options: { ...options, query: false } },
        { op: 'sign', options },
        { op: 'explain', options: { ...options, query: true } },
        { op: 'presign', options },
      ],
    };
    const check = (results: readonly CallResult[]) => {
      (['header', 'query'] as const).forEach((form, i) => {
        const [explained, signed] = [results[2 * i], results[2 * i + 1]];
        expectExplained(
          explained,
          read(`${form}-canonical-request.txt`),
          read(`${form}-string-to-sign.txt`),
          read(`${form}-signature.txt`),
        );
        const rendered = renderSigned(raw, resultValue<SignedRequest>(signed), ORIGIN, {
          blankLineWithoutBody: true,
        });
        expect(rendered).toBe(read(`${form}-signed-request.txt`));
      });
    };
    return { job, check };
  });
}

// Case folders hold `<folder>.req`, at any depth (normalize-path/*, post-sts-token/*).
const botocoreCaseNames = (suite: string) =>
  readdirSync(suite, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.req') && basename(file, '.req') === basename(dirname(file)))
    .map((file) => dirname(file))
    .sort();

/** botocore's aws4_testsuite: every case, header signing (explain, then sign). */
export function botocoreCases(suiteRoot: string): BrowserCase[] {
  const suite = join(suiteRoot, 'tests', 'unit', 'auth', 'aws4_testsuite');
  return botocoreCaseNames(suite).map((name) => {
    const read = (extension: string) =>
      readFileSync(join(suite, name, `${basename(name)}.${extension}`), 'utf8');
    const raw = parseRawRequest(read('req'));
    const authorization = read('authz');
    const token = headerValue(parseRawRequest(read('sreq')), 'x-amz-security-token');
    const options = {
      signingDate: '2015-08-30T12:36:00Z',
      omitSessionTokenFromSignature: token !== undefined && !authorization.includes('x-amz-security-token'),
    };
    const job: Job = {
      suite: 'botocore',
      name,
      signer: {
        credentials: { ...EXAMPLE_CREDENTIALS, sessionToken: token },
        region: 'us-east-1',
        service: 'service',
      },
      request: requestOf(raw),
      calls: [
        { op: 'explain', options },
        { op: 'sign', options },
      ],
    };
    const check = (results: readonly CallResult[]) => {
      expectExplained(results[0], read('creq'), read('sts'));
      const signed = resultValue<SignedRequest>(results[1]);
      expect(signed.headers.authorization).toBe(authorization);
      const rendered = renderSigned(raw, signed, ORIGIN, {
        separator: (header) => (header === 'authorization' ? ': ' : ':'),
        blankLineWithoutBody: false,
      });
      // One .sreq in botocore's copy carries a stale signature that contradicts its own .authz
      // (get-vanilla-with-session-token; see botocore.vectors.test.ts): the .authz value wins.
      const sreq = read('sreq');
      const stale = /Signature=([\da-f]{64})/.exec(sreq)?.[1];
      const right = /Signature=([\da-f]{64})/.exec(authorization)?.[1];
      if (stale && right && stale !== right) expect(name).toBe('get-vanilla-with-session-token');
      expect(rendered).toBe(stale && right ? sreq.replace(stale, right) : sreq);
    };
    return { job, check };
  });
}
