// The package entry under Node's `node` export condition: the same API, with `createIamClient`
// defaulting to the node:http transport. An explicit export wins over the `export *` of the same name.
export * from './index.js';
export { createIamClient } from './node/createIamClient.js';
export { type NodeHttpFetchOptions, nodeHttpFetch } from './node/nodeHttpFetch.js';
