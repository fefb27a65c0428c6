import { expect } from 'vitest';
import type { SignedRequest } from '../../src/types.js';
import type { RawRequest } from './rawRequest.js';

// Header names are case-insensitive and the signer returns lowercase ones; these are the
// spellings the suites' signed requests use for the headers a signer adds.
const SPELLING: Record<string, string> = {
  authorization: 'Authorization',
  'x-amz-date': 'X-Amz-Date',
  'x-amz-security-token': 'X-Amz-Security-Token',
  'x-amz-content-sha256': 'x-amz-content-sha256',
};

const joined = (value: string | string[]) => String(value);

/**
 * Writes a signed request the way the suites' signed-request files do: the request line with the
 * signed URL's target, the input's header lines as written (they must come back unchanged), then
 * the headers the signer added, in the order it added them.
 */
export function renderSigned(
  raw: RawRequest,
  signed: SignedRequest,
  origin: string,
  options: { separator?: (name: string) => string; blankLineWithoutBody: boolean },
): string {
  expect(signed.url.startsWith(origin)).toBe(true);
  const lines = [`${signed.method} ${signed.url.slice(origin.length)} HTTP/1.1`];
  for (const [name, value] of Object.entries(signed.headers)) {
    const input = raw.headers[name];
    if (input !== undefined && joined(input) === value) {
      lines.push(...raw.lines.filter((line) => line.name === name).map((line) => line.raw));
    } else {
      const lower = name.toLowerCase();
      lines.push(
        `${input === undefined ? (SPELLING[lower] ?? name) : name}${options.separator?.(lower) ?? ':'}${value}`,
      );
    }
  }
  for (const name of Object.keys(raw.headers)) expect(Object.keys(signed.headers)).toContain(name);
  const text = lines.join('\n');
  return raw.body || options.blankLineWithoutBody ? `${text}\n\n${raw.body}` : text;
}
