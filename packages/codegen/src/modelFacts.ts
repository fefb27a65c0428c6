import type { AwsOperation, AwsServiceModel, AwsShape, TimestampFormatName } from './awsModel.js';
import { CodegenError } from './CodegenError.js';

/** The protocols the generator supports; both POST every call to `/`. */
export type Protocol = 'query' | 'json';

export const protocolOf = (model: AwsServiceModel): Protocol => {
  const { protocol } = model.metadata;
  if (protocol === 'query' || protocol === 'json') return protocol;
  throw new CodegenError(`protocol ${protocol} of ${model.metadata.serviceId} is not supported`);
};

/** Timestamp format a protocol uses when the model names none (botocore's serializer defaults). */
export const defaultTimestampFormat = (protocol: Protocol): TimestampFormatName =>
  protocol === 'json' ? 'unixTimestamp' : 'iso8601';

/** A shape by name; the model referencing a shape it does not define is a broken model. */
export const shapeOf = (model: AwsServiceModel, name: string): AwsShape => {
  const shape = model.shapes[name];
  if (!shape)
    throw new CodegenError(`${model.metadata.serviceId}: shape ${name} is referenced but not defined`);
  return shape;
};

/** What an error shape means on the wire: its code and the HTTP status AWS answers with. */
export interface ErrorFacts {
  readonly code: string;
  readonly httpStatusCode: number;
  readonly senderFault: boolean;
}

/**
 * The `error` trait when present; otherwise the shape name is the code, and the status follows the
 * fault side (server faults 500, everything else 400), which is how AWS protocols answer such errors.
 */
export const errorFacts = (name: string, shape: AwsShape): ErrorFacts => {
  const senderFault = shape.error?.senderFault ?? !shape.fault;
  return {
    code: shape.error?.code ?? name,
    httpStatusCode: shape.error?.httpStatusCode ?? (shape.fault ? 500 : 400),
    senderFault,
  };
};

/** Names of every shape reachable from `roots` (members, list items, map keys and values). */
export const reachableShapes = (model: AwsServiceModel, roots: readonly string[]): Set<string> => {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const child of childShapes(shapeOf(model, name))) visit(child);
  };
  roots.forEach(visit);
  return seen;
};

/** Direct children of a shape, in model order. */
export const childShapes = (shape: AwsShape): string[] => {
  switch (shape.type) {
    case 'structure':
      return Object.values(shape.members ?? {}).map((m) => m.shape);
    case 'list':
      return shape.member ? [shape.member.shape] : [];
    case 'map':
      return [shape.key?.shape, shape.value?.shape].filter((s): s is string => s !== undefined);
    default:
      return [];
  }
};

/** Error shapes an operation lists, once each in model order (models occasionally list one twice). */
export const operationErrors = (op: AwsOperation): string[] => [
  ...new Set((op.errors ?? []).map((e) => e.shape)),
];
