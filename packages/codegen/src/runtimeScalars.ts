import type { AwsMemberRef, AwsShape } from './awsModel.js';
import type { Protocol } from './modelFacts.js';

/** A scalar as the runtime sees it: a type plus the few facts serialisation needs. */
export interface RuntimeScalar {
  readonly type: string;
  readonly timestampFormat?: string;
  readonly urlEncoded?: true;
}

/**
 * Scalar shapes that serialise the same way share one constant (`$string`, `$timestamp_iso8601`, ...):
 * AWS defines hundreds of string shapes that differ only in documentation and validation, which the
 * runtime does not need. The `$` prefix keeps these names apart from AWS shape names.
 */
export const scalarConstName = (scalar: RuntimeScalar): string =>
  `$${scalar.type}${scalar.timestampFormat ? `_${scalar.timestampFormat}` : ''}${scalar.urlEncoded ? '_urlEncoded' : ''}`;

/**
 * The runtime form of a scalar shape referenced by a member. A member-level `timestampFormat` overrides
 * the shape's, and the runtime member schema has no field for it, so it selects a different constant.
 */
export const runtimeScalar = (
  name: string,
  shape: AwsShape,
  member: AwsMemberRef | undefined,
  urlEncodedShapes: ReadonlySet<string>,
): RuntimeScalar => {
  const timestampFormat =
    shape.type === 'timestamp' ? (member?.timestampFormat ?? shape.timestampFormat) : undefined;
  return {
    type: shape.type,
    ...(timestampFormat ? { timestampFormat } : {}),
    ...(urlEncodedShapes.has(name) ? { urlEncoded: true as const } : {}),
  };
};

/** The literal of a shared scalar constant. */
export const scalarLiteral = (scalar: RuntimeScalar): string => {
  const parts = [`type: '${scalar.type}'`];
  if (scalar.timestampFormat) parts.push(`timestampFormat: '${scalar.timestampFormat}'`);
  if (scalar.urlEncoded) parts.push('urlEncoded: true');
  return `{ ${parts.join(', ')} }`;
};

/** XML names and flattening only exist in the Query protocol; JSON carries member names as they are. */
export const usesXmlNames = (protocol: Protocol): boolean => protocol === 'query';
