import type { OperationSchema } from '../schema.js';
import type { CallOptions } from './ClientConfig.js';

/**
 * A client of one service: its endpoint, signing region and request pipeline. Operations are separate
 * functions (`listUsers(client, input)`), so a bundle carries only the operations it calls; `Id` (the
 * service id, e.g. `iam`) keeps one service's operations from being called on another's client.
 */
export interface ServiceClient<Id extends string = string> {
  readonly serviceId: Id;
  readonly endpoint: string;
  readonly signingRegion: string;
  /** Milliseconds added to the clock after AWS reported a skewed request; 0 until then. */
  readonly clockOffsetMs: number;
  /** Runs one operation from its runtime schema; the generated operation functions call this. */
  invoke(operation: OperationSchema, input: object | undefined, options?: CallOptions): Promise<unknown>;
}
