import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { repoRoot } from '../../../scripts/release/repoRoot.mjs';

// The consumers a user would write, from each package's README: sign a request (@iamkit/signer),
// resolve a platform connection (@iamkit/provider-config), call IAM and get a typed error (@iamkit/iam).
// One body for every flavour; the TypeScript ones are only type-checked.
/** @param {{ typed: boolean }} flavour */
const scenario = ({ typed }) => `
const env = process.env;
const endpoint = env.IAMKIT_ENDPOINT ?? '';
const accessKeyId = env.IAMKIT_ACCESS_KEY_ID ?? '';
const secretAccessKey = env.IAMKIT_SECRET_ACCESS_KEY ?? '';
const userName = env.IAMKIT_USER_NAME ?? '';

// @iamkit/signer: a ListUsers request signed by hand and sent with fetch.
const signer = createSigner({ credentials: { accessKeyId, secretAccessKey }, region: 'us-east-1', service: 'iam' });
const body = 'Action=ListUsers&Version=2010-05-08';
const signed = await signer.sign({
  method: 'POST',
  url: endpoint + '/',
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body,
});
const signedResponse = await fetch(signed.url, { method: signed.method, headers: signed.headers, body });
const signedText = await signedResponse.text();

// @iamkit/provider-config: the platform's connection shape, pointed at the local server.
const connection = resolveConnection(
  { credentials: { username: accessKeyId, password: secretAccessKey }, connection_config: { region: 'eu-west-1' } },
  { service: 'iam', endpoint },
);

// @iamkit/iam: create, list and get a user with the resolved connection, then a typed error.
const client = createIamClient({ endpoint: connection.url, credentials: connection.credentials, region: 'eu-west-1' });
const created = await createUser(client, { UserName: userName });
const listed = await listUsers(client);
const got = await getUser(client, { UserName: userName });
let missing${typed ? ': unknown' : ''};
try {
  await getUser(client, { UserName: userName + '-missing' });
} catch (error) {
  missing = error;
}
console.log(JSON.stringify({
  signedStatus: signedResponse.status,
  signedListsAdmin: signedText.includes('<UserName>admin</UserName>'),
  connection: { url: connection.url, signingRegion: connection.signingRegion },
  created: created.User?.UserName,
  listed: listed.Users.map((user) => user.UserName),
  got: { userName: got.User.UserName, createDateIsDate: got.User.CreateDate instanceof Date },
  missing: isAwsServiceError(missing, getUser)
    ? { guarded: true, name: missing.name, code: missing.code, statusCode: missing.statusCode }
    : { guarded: false, text: String(missing) },
}));
`;

// Misuse the published types must refuse, or they are too loose to help anyone.
const typeErrors = `
export const refused = () => {
  // @ts-expect-error region is a string
  createSigner({ credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, region: 1, service: 'iam' });
  // @ts-expect-error a platform connection needs connection_config
  resolveConnection({ credentials: { username: 'a', password: 'b' } }, { service: 'iam' });
  // @ts-expect-error UserName is a string
  void getUser(createIamClient({ credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }), { UserName: 42 });
};
`;

const esmImports = `import { createSigner } from '@iamkit/signer';
import { resolveConnection } from '@iamkit/provider-config';
import { createIamClient, createUser, getUser, isAwsServiceError, listUsers } from '@iamkit/iam';
`;
const cjsRequires = `const { createSigner } = require('@iamkit/signer');
const { resolveConnection } = require('@iamkit/provider-config');
const { createIamClient, createUser, getUser, isAwsServiceError, listUsers } = require('@iamkit/iam');
`;
// Without @types/node (a browser app's tsconfig), `process` is the app's own business.
const processDeclaration = 'declare const process: { env: Record<string, string | undefined> };\n';

/**
 * The import specifiers of a package: its name plus each subpath in `exports` (not package.json).
 * @param {{ name: string, manifest: Record<string, any> }} pkg
 */
const specifiersOf = ({ name, manifest }) =>
  Object.keys(manifest.exports ?? { '.': null })
    .filter((key) => key !== './package.json' && !key.includes('*'))
    .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));

/** @param {string[]} specifiers */
const everyPackage = (specifiers) =>
  `${specifiers.map((specifier, index) => `import * as p${index} from '${specifier}';`).join('\n')}
export const all = [${specifiers.map((_, index) => `p${index}`).join(', ')}];
`;

const strictness = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
};

const typesNodeVersion = () =>
  JSON.parse(
    readFileSync(createRequire(`${repoRoot}/package.json`).resolve('@types/node/package.json'), 'utf8'),
  ).version;

/**
 * @typedef {object} ConsumerSources
 * @property {Record<string, string>} files path in the scratch project -> text
 * @property {string[]} specifiers every import specifier of every public package
 * @property {string[]} dependencies what the consumers need besides our packages (`npm install` specs)
 */

/**
 * The consumer files for a scratch project that installed every public package: the scenario as ESM
 * (`scenario.mjs`) and CommonJS (`scenario.cjs`) to run against moto, the same in TypeScript for
 * `module: nodenext` (`.mts` and `.cts`, with @types/node) and `moduleResolution: bundler` (DOM lib, no
 * Node types), and for every public package, each of its entry points imported as ESM, required as
 * CommonJS (`everyPackage.mjs` / `.cjs`) and type-checked under both resolutions.
 *
 * @example
 * const { files, dependencies } = consumerSources(workspacePackages(repoRoot).filter((pkg) => !pkg.private));
 * @param {{ name: string, manifest: Record<string, any> }[]} packages the public packages
 * @returns {ConsumerSources}
 */
export function consumerSources(packages) {
  const specifiers = packages.flatMap(specifiersOf);
  const list = JSON.stringify(specifiers);
  return {
    specifiers,
    dependencies: [`@types/node@${typesNodeVersion()}`],
    files: {
      'scenario.mjs': `${esmImports}${scenario({ typed: false })}`,
      'scenario.cjs': `${cjsRequires}(async () => {${scenario({ typed: false })}})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`,
      'everyPackage.mjs': `const names = {};
for (const specifier of ${list}) names[specifier] = Object.keys(await import(specifier)).sort();
console.log(JSON.stringify(names));
`,
      'everyPackage.cjs': `const names = {};
for (const specifier of ${list}) names[specifier] = Object.keys(require(specifier)).sort();
console.log(JSON.stringify(names));
`,
      'ts/nodenext/scenario.mts': `${esmImports}${scenario({ typed: true })}${typeErrors}`,
      'ts/nodenext/scenario.cts': `${esmImports}export const main = async () => {${scenario({ typed: true })}};\n${typeErrors}`,
      'ts/nodenext/everyPackage.mts': everyPackage(specifiers),
      'ts/nodenext/everyPackage.cts': everyPackage(specifiers),
      'ts/nodenext/tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022'],
          types: ['node'],
          ...strictness,
        },
        files: ['scenario.mts', 'scenario.cts', 'everyPackage.mts', 'everyPackage.cts'],
      }),
      'ts/bundler/scenario.ts': `${esmImports}${processDeclaration}${scenario({ typed: true })}${typeErrors}`,
      'ts/bundler/everyPackage.ts': everyPackage(specifiers),
      'ts/bundler/tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
          ...strictness,
        },
        files: ['scenario.ts', 'everyPackage.ts'],
      }),
    },
  };
}
