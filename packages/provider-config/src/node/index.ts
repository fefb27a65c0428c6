export { type DefaultCredentialsOptions, defaultCredentials } from './default-credentials.js';
export { fromEnv } from './from-env.js';
export { fromSharedFiles, type SharedFilesOptions } from './from-shared-files.js';
export type { NodeCredentialIo, ReadTextFile } from './node-io.js';
