// Browser bundles (esbuild: bundle, minify, platform browser, ESM; then gzip -9), ours against the
// libraries an app would otherwise use: an SRP sign-in vs amazon-cognito-identity-js, one unsigned
// InitiateAuth vs @aws-sdk/client-cognito-identity-provider. Runs alone with `node bench/bundle.mjs`.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

export const entries = {
  srpOurs: `import { createCognitoAuth } from '@iamkit/cognito';
createCognitoAuth({ userPoolId: 'us-east-1_AbCdEf123', clientId: 'client' }).signIn({ username: 'alice', password: 'pw' }).then(console.log);`,
  srpReference: `import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
const Pool = new CognitoUserPool({ UserPoolId: 'us-east-1_AbCdEf123', ClientId: 'client' });
new CognitoUser({ Username: 'alice', Pool }).authenticateUser(new AuthenticationDetails({ Username: 'alice', Password: 'pw' }), { onSuccess: console.log, onFailure: console.error });`,
  initiateOurs: `import { createUnsignedCognitoClient, initiateAuth } from '@iamkit/cognito';
initiateAuth(createUnsignedCognitoClient({ region: 'us-east-1' }), { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client', AuthParameters: { USERNAME: 'alice', PASSWORD: 'pw' } }).then(console.log);`,
  initiateSdk: `import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
new CognitoIdentityProviderClient({ region: 'us-east-1' }).send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client', AuthParameters: { USERNAME: 'alice', PASSWORD: 'pw' } })).then(console.log);`,
};

const bundle = async (contents, external = []) => {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external,
  });
  return result.outputFiles[0];
};

const gzipBytes = (file) => gzipSync(file.contents, { level: 9 }).length;

/** Every entry's min+gzip bytes, whether ours hold signer code, and where our InitiateAuth bytes go. */
export const measureBundles = async () => {
  const sizes = {};
  let signerInOurs = false;
  for (const [name, contents] of Object.entries(entries)) {
    const file = await bundle(contents);
    sizes[name] = gzipBytes(file);
    if (name.endsWith('Ours')) signerInOurs ||= file.text.includes('AWS4-HMAC-SHA256');
  }
  const withoutProvider = gzipBytes(await bundle(entries.initiateOurs, ['@iamkit/provider-config']));
  const withoutKy = gzipBytes(await bundle(entries.initiateOurs, ['@iamkit/provider-config', 'ky']));
  const ownOnly = gzipBytes(
    await bundle(entries.initiateOurs, ['@iamkit/provider-config', 'ky', '@iamkit/runtime']),
  );
  const breakdown = {
    '@iamkit/cognito itself (InitiateAuth schema, factory)': ownOnly,
    '@iamkit/runtime': withoutKy - ownOnly,
    ky: withoutProvider - withoutKy,
    '@iamkit/provider-config': sizes.initiateOurs - withoutProvider,
  };
  return { sizes, signerInOurs, breakdown };
};

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await measureBundles());
