export type { CredentialSourceOptions } from './credentialSource.js';
export {
  type DefaultCredentialsOptions,
  defaultCredentials,
  defaultCredentialsProvider,
} from './defaultCredentials.js';
export { type ContainerOptions, fromContainer } from './fromContainer.js';
export { fromEnv } from './fromEnv.js';
export { fromInstanceMetadata, type InstanceMetadataOptions } from './fromInstanceMetadata.js';
export { fromProcess, type ProcessOptions } from './fromProcess.js';
export { fromProfile, type ProfileOptions } from './fromProfile.js';
export { fromSharedFiles } from './fromSharedFiles.js';
export { fromWebIdentity, type WebIdentityOptions } from './fromWebIdentity.js';
export type { NodeCredentialIo, ReadTextFile } from './nodeIo.js';
export type { SharedFilesOptions } from './readProfiles.js';
