import type { ScalarType } from '@iamkit/runtime';
/**
 * The parts of a botocore JSON service model (`service-2.json`) the generator reads.
 * Documentation fields exist in the model but are deliberately not typed: nothing we emit carries AWS prose.
 */
export type TimestampFormatName = 'iso8601' | 'rfc822' | 'unixTimestamp';

export interface AwsMemberRef {
  readonly shape: string;
  readonly locationName?: string;
  readonly queryName?: string;
  readonly flattened?: boolean;
  readonly xmlAttribute?: boolean;
  readonly xmlNamespace?: unknown;
  readonly timestampFormat?: TimestampFormatName;
  readonly deprecated?: boolean;
  readonly deprecatedMessage?: string;
  readonly idempotencyToken?: boolean;
  readonly box?: boolean;
}

export interface AwsErrorTrait {
  readonly code?: string;
  readonly httpStatusCode?: number;
  readonly senderFault?: boolean;
}

export interface AwsShape {
  /** The runtime's scalar types are exactly the model's: the generated schema passes them through. */
  readonly type: 'structure' | 'list' | 'map' | ScalarType;
  readonly members?: Readonly<Record<string, AwsMemberRef>>;
  readonly required?: readonly string[];
  readonly member?: AwsMemberRef;
  readonly key?: AwsMemberRef;
  readonly value?: AwsMemberRef;
  readonly flattened?: boolean;
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly timestampFormat?: TimestampFormatName;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly exception?: boolean;
  readonly fault?: boolean;
  readonly error?: AwsErrorTrait;
  readonly document?: boolean;
  readonly locationName?: string;
}

export interface AwsOperationIo {
  readonly shape: string;
  readonly resultWrapper?: string;
}

export interface AwsOperation {
  readonly name: string;
  readonly http: { readonly method: string; readonly requestUri: string };
  readonly input?: AwsOperationIo;
  readonly output?: AwsOperationIo;
  readonly errors?: readonly { readonly shape: string }[];
  readonly authtype?: string;
  readonly deprecated?: boolean;
  readonly deprecatedMessage?: string;
}

export interface AwsServiceModel {
  readonly metadata: {
    readonly apiVersion: string;
    readonly protocol: string;
    readonly endpointPrefix: string;
    readonly signingName?: string;
    readonly serviceId: string;
    readonly serviceFullName: string;
    readonly targetPrefix?: string;
    readonly jsonVersion?: string;
    readonly xmlNamespace?: string;
    readonly globalEndpoint?: string;
  };
  readonly operations: Readonly<Record<string, AwsOperation>>;
  readonly shapes: Readonly<Record<string, AwsShape>>;
}

/** `paginators-1.json`: keys may hold one name or a list of names. */
export interface AwsPaginator {
  readonly input_token?: string | readonly string[];
  readonly output_token?: string | readonly string[];
  readonly result_key?: string | readonly string[];
  readonly limit_key?: string;
  readonly more_results?: string;
  readonly non_aggregate_keys?: readonly string[];
}

export interface AwsPaginators {
  readonly pagination: Readonly<Record<string, AwsPaginator>>;
}

export interface AwsWaiterAcceptor {
  readonly state: string;
  readonly matcher: string;
  readonly expected: unknown;
  readonly argument?: string;
}

export interface AwsWaiter {
  readonly operation: string;
  readonly delay: number;
  readonly maxAttempts: number;
  readonly acceptors: readonly AwsWaiterAcceptor[];
}

export interface AwsWaiters {
  readonly version: number;
  readonly waiters: Readonly<Record<string, AwsWaiter>>;
}

/** Everything read for one service, plus the botocore release it came from. */
export interface LoadedService {
  readonly model: AwsServiceModel;
  readonly paginators: AwsPaginators;
  readonly waiters: AwsWaiters;
  readonly botocoreVersion: string;
}
