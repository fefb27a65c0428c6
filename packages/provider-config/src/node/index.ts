export { type DefaultCredentialsOptions, defaultCredentials } from './defaultCredentials.js';
export { fromEnv } from './fromEnv.js';
export { fromSharedFiles, type SharedFilesOptions } from './fromSharedFiles.js';
export type { NodeCredentialIo, ReadTextFile } from './nodeIo.js';
