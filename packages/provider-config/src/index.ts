export { cognitoIdpEndpointRules } from './cognitoIdpEndpointRules.js';
export type { AwsCredentialsProvider } from './credentials/AwsCredentialsProvider.js';
export { callRoleAssumer } from './credentials/callRoleAssumer.js';
export {
  type AwsCredentials,
  type AwsCredentialsInput,
  createCredentials,
} from './credentials/createCredentials.js';
export { type MemoizeOptions, memoizeProvider, REFRESH_WINDOW_MS } from './credentials/memoizeProvider.js';
export type {
  AssumeRoleParams,
  AssumeRoleWithWebIdentityParams,
  RoleAssumer,
} from './credentials/RoleAssumer.js';
export { CredentialsError, isCredentialsError } from './errors/CredentialsError.js';
export { EndpointResolutionError, isEndpointResolutionError } from './errors/EndpointResolutionError.js';
export { InvalidConnectionError, isInvalidConnectionError } from './errors/InvalidConnectionError.js';
export { isProviderConfigError, ProviderConfigError } from './errors/ProviderConfigError.js';
export { isUnsupportedRegionError, UnsupportedRegionError } from './errors/UnsupportedRegionError.js';
export { BOTOCORE_VERSION } from './generated/botocoreVersion.js';
export { iamEndpointRules } from './iamEndpointRules.js';
export { API_SUBDOMAIN_FORMS } from './parseApiSubdomain.js';
export {
  type ConnectionOptions,
  type PlainConnection,
  type PlatformConnection,
  type ResolvedConnection,
  resolveConnection,
} from './resolveConnection.js';
export { resolveEndpoint, resolveServiceEndpoint } from './resolveEndpoint.js';
export { stsEndpointRules } from './stsEndpointRules.js';
export type {
  EndpointRules,
  ResolvedEndpoint,
  ResolveEndpointOptions,
  ResolveServiceEndpointOptions,
  ServiceId,
} from './types.js';
