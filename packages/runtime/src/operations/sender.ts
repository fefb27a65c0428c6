import type { CallOptions } from '../client/ClientConfig.js';
import type { ServiceClient } from '../client/ServiceClient.js';
import { AwsConfigError } from '../errors/AwsConfigError.js';
import type { OperationSchema } from '../schema.js';
import type { InputThenOptions, OperationTypes } from './operation.js';

/** Calls any operation of a service by name; see {@link sender}. */
export type Send<Ops extends { [N in keyof Ops]: OperationTypes }, Id extends string> = <
  N extends keyof Ops & string,
>(
  client: ServiceClient<Id>,
  name: N,
  ...args: InputThenOptions<Ops[N]['input'], CallOptions>
) => Promise<Ops[N]['output']>;

/**
 * Makes a by-name `send` over every operation schema of a service. Convenient for dynamic callers, but
 * it references every schema: bundles that care about size call the per-operation functions instead.
 *
 * @example
 * ```ts
 * export const send = sender<IamOperations, 'iam'>(iamOperationSchemas);
 * const { Users } = await send(client, 'ListUsers', { MaxItems: 10 });
 * ```
 */
export const sender =
  <Ops extends { [N in keyof Ops]: OperationTypes }, Id extends string>(
    schemas: Readonly<Record<keyof Ops & string, OperationSchema>>,
  ): Send<Ops, Id> =>
  (client, name, ...[input, options]) => {
    if (typeof name !== 'string' || !Object.hasOwn(schemas, name)) {
      throw new AwsConfigError(`Unknown operation: ${JSON.stringify(name)}`);
    }
    return client.invoke(schemas[name], input, options) as never;
  };
