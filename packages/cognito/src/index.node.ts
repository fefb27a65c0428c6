/**
 * @iamkit/cognito under the `node` export condition: the universal API, with sign-in on
 * node:crypto and a `createCognitoAuth` that accepts the app client's secret.
 */

export { createCognitoAuth, nodeCryptoBackend } from './auth/index.node.js';
export * from './index.js';
