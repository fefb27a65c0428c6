import type { OperationSchema, ServiceDescriptor } from '../schema.js';

/** One call as a protocol puts it on the wire: always `POST /` with these headers and body. */
export interface ProtocolRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What a protocol reads from an error response; the client adds the call's facts. */
export interface ProtocolErrorFields {
  code: string | undefined;
  message: string | undefined;
  type: string | undefined;
  requestId: string | undefined;
}

/**
 * An AWS protocol, handed to `createServiceClient` as a value: a client bundles only the protocol it
 * is given (`queryProtocol` or `jsonProtocol`).
 */
export interface Protocol {
  readonly name: 'query' | 'json';
  /** The request of one call. Throws `AwsConfigError` on input that does not fit the schema. */
  serialize(
    service: ServiceDescriptor,
    operation: OperationSchema,
    input: object | undefined,
  ): ProtocolRequest;
  /**
   * The output of a 2xx response: timestamps as `Date`, blobs as `Uint8Array`, every list and map member
   * present (`[]` / `{}` when AWS left it out). Throws `AwsParseError` on a body that is not the protocol's.
   */
  parse(operation: OperationSchema, body: string): Record<string, unknown>;
  /** The fields of an error response; a body that is not the protocol's yields empty fields. */
  parseError(body: string, headers: { get(name: string): string | null }): ProtocolErrorFields;
}
