// What a browser app ships for a sign-in (esbuild --minify --platform=browser, gzip -9). Issue 12's
// size targets are measured side by side by `pnpm bench` (bench/RESULTS.md); this test holds what
// must not regress: no signer and no Node code in a browser sign-in.
import { describe, expect, test } from 'vitest';
import { bundle, holdsSigner, ourInitiateAuth, ourSrpSignIn } from './support/bundle.js';

const nodeOnly = (inputs: string[]) =>
  inputs.filter((input) => /src\/(auth\/)?node\/|index\.node/.test(input));

describe('browser bundles', () => {
  test('an SRP sign-in with only a region and a client id holds no signer and no node:crypto code', async () => {
    const ours = await bundle(ourSrpSignIn);
    console.info(`SRP sign-in with its transport: ${ours.gzipBytes} B min+gzip`);
    expect(nodeOnly(ours.inputs)).toEqual([]);
    expect(ours.inputs.some((input) => input.endsWith('webCryptoBackend.ts'))).toBe(true);
    expect(ours.text).toContain('AWSCognitoIdentityProviderService');
    expect(holdsSigner(ours)).toBe(false);
  });

  test('an unsigned InitiateAuth holds no signer code; the signing client does', async () => {
    const unsigned = await bundle(ourInitiateAuth);
    expect(holdsSigner(unsigned)).toBe(false);
    const signing = await bundle(
      ourInitiateAuth.replaceAll('createUnsignedCognitoClient', 'createCognitoClient'),
    );
    expect(holdsSigner(signing)).toBe(true);
    console.info(
      `unsigned InitiateAuth: ${unsigned.gzipBytes} B min+gzip (signing client: ${signing.gzipBytes} B)`,
    );
  });
});
