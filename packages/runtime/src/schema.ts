/**
 * The runtime schema: just enough of an AWS shape to put it on the wire and read it back. This is the
 * contract between `@iamkit/codegen` and the runtime; no service package defines its own.
 *
 * `@iamkit/codegen` emits one exported constant per reachable shape into `src/generated/<service>Runtime.ts`,
 * so a bundle that calls one operation carries only the shapes that operation reaches. Types come from the
 * OpenAPI document through openapi-typescript; this file only describes serialisation.
 *
 * Recursive shapes are referenced through a thunk (`() => Schema`), everything else directly.
 */
export type Schema = ScalarSchema | ListSchema | MapSchema | StructureSchema;

/** A schema or, to break a cycle between shapes, a function returning it. */
export type SchemaRef = Schema | (() => Schema);

export type ScalarType =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'timestamp'
  | 'blob';

export type TimestampFormat = 'iso8601' | 'rfc822' | 'unixTimestamp';

export interface ScalarSchema {
  readonly type: ScalarType;
  /** Only on timestamps whose model names a format; otherwise the protocol default applies. */
  readonly timestampFormat?: TimestampFormat;
  /**
   * A string AWS returns URL-encoded (IAM's policy documents, `policyDocumentType`):
   * the client decodes it before handing it out.
   */
  readonly urlEncoded?: true;
}

export interface ListSchema {
  readonly type: 'list';
  readonly member: SchemaRef;
  /** Element name of each item in Query and XML: the member's `locationName`, `member` when absent. */
  readonly memberName?: string;
  /** Items repeat directly under the parent, without a wrapper element (`Foo.1` instead of `Foo.member.1`). */
  readonly flattened?: true;
}

export interface MapSchema {
  readonly type: 'map';
  readonly key: SchemaRef;
  readonly value: SchemaRef;
  /** Element names of an entry's key and value; `key` and `value` when absent. */
  readonly keyName?: string;
  readonly valueName?: string;
  readonly flattened?: true;
}

export interface MemberSchema {
  readonly schema: SchemaRef;
  /** Wire name (`locationName`, or `queryName` for ec2-style Query) when it differs from the member name. */
  readonly name?: string;
  /** Member-level `flattened` (the model allows it on the member as well as on the list shape). */
  readonly flattened?: true;
}

export interface StructureSchema {
  readonly type: 'structure';
  readonly members: Readonly<Record<string, MemberSchema>>;
  /** For error shapes: the AWS error code (the `error.code` trait, else the shape name). */
  readonly errorCode?: string;
  /** A document: free-form JSON, passed through as it is (no members to describe). */
  readonly document?: true;
}

export interface OperationSchema {
  /** The AWS operation name, e.g. `CreateUser`. */
  readonly name: string;
  readonly input?: StructureSchema;
  readonly output?: StructureSchema;
  /** Query protocol: the element wrapping the output, e.g. `CreateUserResult`. */
  readonly resultWrapper?: string;
  /** Error codes the model lists for this operation. */
  readonly errors: readonly string[];
  /** `none` for operations AWS serves without SigV4 (`authtype: none`). */
  readonly auth?: 'none';
}

/**
 * What the runtime needs to know of a service, generated from its model: the client adds the endpoint
 * rules (from `@iamkit/provider-config`) and a protocol value.
 */
export interface ServiceDescriptor {
  /** The endpoint-rules id, e.g. `iam`, `cognito-idp`. */
  readonly id: string;
  /** AWS's short name, used in messages: `IAM`, `STS`, `Cognito Identity Provider`. */
  readonly name: string;
  readonly protocol: 'query' | 'json';
  readonly apiVersion: string;
  readonly signingName: string;
  /** JSON protocol: the `X-Amz-Target` prefix, e.g. `AWSCognitoIdentityProviderService`. */
  readonly targetPrefix?: string;
  /** JSON protocol: the `Content-Type` version, e.g. `1.1`. */
  readonly jsonVersion?: string;
  readonly xmlNamespace?: string;
}

/** Resolves a thunked schema reference. */
export const resolveSchema = (ref: SchemaRef): Schema => (typeof ref === 'function' ? ref() : ref);
