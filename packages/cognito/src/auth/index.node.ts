/**
 * Sign-in under the `node` export condition: the universal API, with node:crypto by default and a
 * `createCognitoAuth` that accepts the app client's secret.
 */

export * from './index.js';
export { createCognitoAuth } from './node/createCognitoAuth.js';
export { nodeCryptoBackend } from './node/nodeCryptoBackend.js';
