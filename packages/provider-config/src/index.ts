export { cognitoIdpEndpointRules } from './cognito-idp-endpoint-rules.js';
export {
  type AwsCredentials,
  type AwsCredentialsInput,
  createCredentials,
} from './credentials/aws-credentials.js';
export type { EndpointRules } from './endpoint-rules.js';
export { CredentialsError, isCredentialsError } from './errors/credentials-error.js';
export { EndpointResolutionError, isEndpointResolutionError } from './errors/endpoint-resolution-error.js';
export { InvalidConnectionError, isInvalidConnectionError } from './errors/invalid-connection-error.js';
export { isProviderConfigError, ProviderConfigError } from './errors/provider-config-error.js';
export { isUnsupportedRegionError, UnsupportedRegionError } from './errors/unsupported-region-error.js';
export { BOTOCORE_VERSION } from './generated/services.js';
export { iamEndpointRules } from './iam-endpoint-rules.js';
export { API_SUBDOMAIN_FORMS } from './parse-api-subdomain.js';
export {
  type ConnectionOptions,
  type PlainConnection,
  type PlatformConnection,
  type ResolvedConnection,
  resolveConnection,
} from './resolve-connection.js';
export {
  type ResolvedEndpoint,
  type ResolveEndpointOptions,
  type ResolveServiceEndpointOptions,
  resolveEndpoint,
  resolveServiceEndpoint,
} from './resolve-endpoint.js';
export type { ServiceId } from './service-id.js';
export { stsEndpointRules } from './sts-endpoint-rules.js';
