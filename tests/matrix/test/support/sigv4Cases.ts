import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRawRequest } from '../../../../packages/signer/test/support/rawRequest.js';
import type { SigV4Case } from '../../program/conformanceInput.js';

/**
 * AWS's SigV4 suite (aws-c-auth, v4 cases) read from `dir` and parsed here, in Node, into requests
 * the program can sign anywhere. Parsed with the signer's own test parser, so both suites read the
 * same requests.
 */
export function sigv4Cases(dir: string): SigV4Case[] {
  const names = Object.keys(JSON.parse(readFileSync(join(dir, 'INDEX.json'), 'utf8')).v4 as object);
  return names.map((name) => {
    const read = (file: string) =>
      readFileSync(join(dir, 'tests', 'aws-signing-test-suite', 'v4', name, file), 'utf8');
    const raw = parseRawRequest(read('request.txt'));
    const host = raw.headers.Host;
    if (typeof host !== 'string') throw new Error(`${name}: expected one Host header`);
    return {
      name,
      context: JSON.parse(read('context.json')),
      request: {
        method: raw.method,
        url: `https://${host}${raw.target}`,
        headers: raw.headers,
        body: raw.body,
      },
      expected: { header: read('header-signature.txt').trim(), query: read('query-signature.txt').trim() },
    };
  });
}
