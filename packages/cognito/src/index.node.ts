// The package entry under Node's `node` export condition: the universal API, with `createCognitoClient` on
// the `node:http` transport (and, without credentials, @iamkit/sts's default chain), and sign-in on
// node:crypto with a `createCognitoAuth` that accepts the app client's secret.
export { createCognitoAuth, nodeCryptoBackend } from './auth/index.node.js';
export * from './index.js';
export { type CognitoNodeClientConfig, createCognitoClient } from './node/createCognitoClient.js';
