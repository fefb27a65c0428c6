// The package entry under Node's `node` export condition: the same API plus the `node:http` transport.
export * from './index.js';
export { nodeDefaults } from './transport/node/nodeDefaults.js';
export { type NodeHttpFetchOptions, nodeHttpFetch } from './transport/node/nodeHttpFetch.js';
export { nodeTransportAdapter } from './transport/node/nodeTransportAdapter.js';
