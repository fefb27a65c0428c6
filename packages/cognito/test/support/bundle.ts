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

/** An SRP sign-in with our universal entry, transport included: what a browser app ships for it. */
export const ourSrpSignIn = `
import { createCognitoAuth } from '../src/index.js';
export const signIn = (username, password) =>
  createCognitoAuth({ userPoolId: 'us-east-1_AbCdEf123', clientId: 'client' }).signIn({ username, password });
`;

/** One unsigned InitiateAuth with only a region: the smallest useful Cognito call. */
export const ourInitiateAuth = `
import { createUnsignedCognitoClient, initiateAuth } from '../src/index.js';
export const start = (ClientId, AuthParameters) =>
  initiateAuth(createUnsignedCognitoClient({ region: 'us-east-1' }), { AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters });
`;

/** The same with the AWS SDK v3. */
export const sdkInitiateAuth = `
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
export const start = (ClientId, AuthParameters) =>
  new CognitoIdentityProviderClient({ region: 'us-east-1' }).send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters }));
`;

/** What tells a bundle holds SigV4 signing code: the signer's distinctive strings (inputs list every file resolved, kept or not). */
export const holdsSigner = (result: { text: string }) =>
  result.text.includes('AWS4-HMAC-SHA256') || result.text.includes('aws4_request');

/** The same with amazon-cognito-identity-js (its own transport included: it cannot be left out). */
export const referenceSrpSignIn = `
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
export const signIn = (username, password, callbacks) => {
  const Pool = new CognitoUserPool({ UserPoolId: 'us-east-1_AbCdEf123', ClientId: 'client' });
  new CognitoUser({ Username: username, Pool }).authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
};
`;
