import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// The repo's one browser bundler setup (esbuild, browser conditions, ESM), shared with the signer.
import { bundleForBrowser } from '../../../signer/scripts/bundleSize.mjs';

const testDir = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * TypeScript `contents` bundled as a browser app would be, its imports relative to `resolveDir`
 * (test/ by default), with the minified and gzip -9 sizes.
 */
export async function bundle(contents: string, { resolveDir = testDir, minify = true } = {}) {
  const { code, text, inputs } = await bundleForBrowser(contents, { resolveDir, minify, loader: 'ts' });
  return { text, inputs, minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** An SRP sign-in with our universal entry: what a browser app ships for it (our code only, no transport). */
export const ourSrpSignIn = `
import { createCognitoAuth } from '../src/auth/index.js';
export const signIn = (invoke, username, password) =>
  createCognitoAuth({ userPoolId: 'us-east-1_AbCdEf123', clientId: 'client', invoke }).signIn({ username, password });
`;

/** The same with amazon-cognito-identity-js (its own transport included: it cannot be left out). */
export const referenceSrpSignIn = `
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
export const signIn = (username, password, callbacks) => {
  const Pool = new CognitoUserPool({ UserPoolId: 'us-east-1_AbCdEf123', ClientId: 'client' });
  new CognitoUser({ Username: username, Pool }).authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
};
`;
