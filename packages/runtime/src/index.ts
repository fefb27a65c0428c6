/**
 * @iamkit/runtime: the client runtime of the iamkit service packages. It knows no service: a client is
 * this runtime, a generated service descriptor with its endpoint rules, and a protocol handed in as a value.
 */
export type {
  CallOptions,
  ClientConfig,
  ClientConfigWithCredentials,
  ClientOptions,
  ClientRetryOptions,
  RequestSigner,
  ResolvedClientConfig,
} from './client/ClientConfig.js';
export {
  type ClientDefaults,
  createServiceClient,
  createUnsignedServiceClient,
  type ServiceSpec,
} from './client/createServiceClient.js';
export type { ServiceClient } from './client/ServiceClient.js';
export { AwsAbortError, isAwsAbortError } from './errors/AwsAbortError.js';
export { AwsConfigError, isAwsConfigError } from './errors/AwsConfigError.js';
export { AwsCredentialsError, isAwsCredentialsError } from './errors/AwsCredentialsError.js';
export { AwsError, isAwsError } from './errors/AwsError.js';
export { AwsNetworkError, isAwsNetworkError } from './errors/AwsNetworkError.js';
export { AwsParseError, isAwsParseError } from './errors/AwsParseError.js';
export {
  AwsServiceError,
  type CommonErrorCode,
  isAwsServiceError,
  type RawResponse,
  type ServiceErrorInit,
} from './errors/AwsServiceError.js';
export { AwsTimeoutError, isAwsTimeoutError, type TimeoutScope } from './errors/AwsTimeoutError.js';
export {
  type InputThenOptions,
  type Operation,
  type OperationTypes,
  operation,
} from './operations/operation.js';
export {
  type PageItem,
  type PaginateOptions,
  type Paginator,
  type PaginatorArgs,
  type PaginatorSpec,
  paginator,
} from './operations/paginator.js';
export { type Send, sender } from './operations/sender.js';
export { type Waiter, type WaiterOptions, type WaiterSpec, waiter } from './operations/waiter.js';
export { type ClientWithSend, withSend } from './operations/withSend.js';
export { jsonProtocol } from './protocols/json/jsonProtocol.js';
export type { Protocol, ProtocolErrorFields, ProtocolRequest } from './protocols/Protocol.js';
export { queryProtocol } from './protocols/query/queryProtocol.js';
export type { RetryOptions } from './retry/backoff.js';
export type {
  ListSchema,
  MapSchema,
  MemberSchema,
  OperationSchema,
  ScalarSchema,
  ScalarType,
  Schema,
  SchemaRef,
  ServiceDescriptor,
  StructureSchema,
  TimestampFormat,
} from './schema.js';
export type { Transport, TransportAdapter } from './transport/TransportAdapter.js';
