// Sources written into the scratch project. One body, four module flavours: ESM, CJS, and the same
// two compiled by tsc with `nodenext`. Each signs a header request and a presigned URL at a fixed
// date and prints what it got plus how many WebCrypto calls were made (see subtleCounter).

export const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
export const fixedDate = '2015-08-30T12:36:00Z';
export const listUsers = {
  method: 'POST',
  url: 'https://iam.amazonaws.com/',
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: 'Action=ListUsers&Version=2010-05-08',
};
export const presignUrl = 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08';

/** What every fixture prints (one JSON line). */
export interface CheckOutput {
  method: string;
  url: string;
  headers: Record<string, string>;
  presignedUrl: string;
  subtleCalls: number;
}

const body = (typed: boolean) => `
  const signer = createSigner({ credentials: ${JSON.stringify(credentials)}, region: 'us-east-1', service: 'iam' });
  const signingDate = new Date('${fixedDate}');
  const signed = await signer.sign(${JSON.stringify(listUsers)}, { signingDate });
  const presigned = await signer.presign({ method: 'GET', url: '${presignUrl}' }, { expiresIn: 900, signingDate });
  const out${typed ? ': { method: string; url: string; headers: Record<string, string>; presignedUrl: string }' : ''} = {
    method: signed.method,
    url: signed.url,
    headers: signed.headers,
    presignedUrl: presigned.url,
  };
  const calls = (globalThis${typed ? ' as unknown as { __subtleCalls?: number }' : ''}).__subtleCalls ?? -1;
  console.log(JSON.stringify({ ...out, subtleCalls: calls }));
`;

// Declared so the TypeScript fixtures need neither @types/node nor the DOM lib: the signer's
// published types must stand on their own with lib es2022.
const consoleDecl = 'declare const console: { log(message: string): void };\n';

export const fixtures = {
  'check.mjs': `import { createSigner } from '@iamkit/signer';\n${body(false)}`,
  'check.cjs': `const { createSigner } = require('@iamkit/signer');\n(async () => {${body(false)}})();\n`,
  'check.mts': `import { createSigner, type Credentials } from '@iamkit/signer';\n${consoleDecl}const typedCredentials: Credentials = ${JSON.stringify(credentials)};\nvoid typedCredentials;\n${body(true)}\nexport {};\n`,
  'check.cts': `import { createSigner } from '@iamkit/signer';\n${consoleDecl}void (async () => {${body(true)}})();\n`,
  // A type error the published types must catch, or they are too loose to be useful.
  'wrong.mts': `import { createSigner } from '@iamkit/signer';\n// @ts-expect-error region must be a string\ncreateSigner({ credentials: ${JSON.stringify(credentials)}, region: 1, service: 'iam' });\n`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2022'],
      types: [],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      outDir: 'out',
      noEmitOnError: true,
    },
    files: ['check.mts', 'check.cts', 'wrong.mts'],
  }),
  // Counts WebCrypto calls, preloaded with --import before anything else runs: the node condition
  // must sign with node:crypto (0 calls), the browser bundle with WebCrypto (> 0 calls).
  'subtle-counter.mjs': `
const subtle = globalThis.crypto.subtle;
globalThis.__subtleCalls = 0;
for (const name of ['digest', 'sign', 'importKey']) {
  const original = subtle[name].bind(subtle);
  subtle[name] = (...args) => { globalThis.__subtleCalls++; return original(...args); };
}
`,
  // What a browser app's entry looks like; bundled with esbuild and browser conditions.
  'browser-entry.mjs': `import { createSigner } from '@iamkit/signer';\n${body(false)}`,
};
