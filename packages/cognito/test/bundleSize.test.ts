// What a browser app ships for an SRP sign-in (esbuild --minify --platform=browser, gzip -9).
// Issue 12's target: at most 1/3 of amazon-cognito-identity-js's bundle, leaving room for the
// runtime's transport, which our seam leaves out and the library cannot.
import { describe, expect, test } from 'vitest';
import { bundle, ourSrpSignIn, referenceSrpSignIn } from './support/bundle.js';

describe('SRP sign-in browser bundle', () => {
  test('holds no node:crypto code and stays within 1/3 of amazon-cognito-identity-js', async () => {
    const ours = await bundle(ourSrpSignIn);
    const reference = await bundle(referenceSrpSignIn);
    console.info(
      `SRP sign-in, min+gzip: @iamkit/cognito (sign-in only) ${ours.gzipBytes} B (${ours.minifiedBytes} B min); amazon-cognito-identity-js ${reference.gzipBytes} B (${reference.minifiedBytes} B min); ratio ${(ours.gzipBytes / reference.gzipBytes).toFixed(3)}`,
    );
    expect(ours.inputs.filter((input) => /node|index\.node/.test(input))).toEqual([]);
    expect(ours.inputs.some((input) => input.endsWith('webCryptoBackend.ts'))).toBe(true);
    expect(ours.gzipBytes).toBeLessThanOrEqual(Math.floor(reference.gzipBytes / 3));
  });
});
