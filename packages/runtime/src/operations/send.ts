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

/** A client with a `send(name, input)` method; see {@link withSend}. */
export type ClientWithSend<
  Ops extends { [N in keyof Ops]: OperationTypes },
  Id extends string,
> = ServiceClient<Id> & {
  send<N extends keyof Ops & string>(
    name: N,
    ...args: InputThenOptions<Ops[N]['input'], CallOptions>
  ): Promise<Ops[N]['output']>;
};

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

/**
 * A client that also has `client.send('ListUsers', input)` (and with it every schema in the bundle). The
 * given client is left as it is.
 *
 * @example
 * ```ts
 * const iam = withSend(createIamClient({ credentials }), send);
 * await iam.send('CreateUser', { UserName: 'alice' });
 * ```
 */
export const withSend = <Ops extends { [N in keyof Ops]: OperationTypes }, Id extends string>(
  client: ServiceClient<Id>,
  send: Send<Ops, Id>,
): ClientWithSend<Ops, Id> =>
  Object.assign(Object.create(client) as ServiceClient<Id>, {
    send: (name: never, ...args: never[]) =>
      (send as (...a: unknown[]) => Promise<unknown>)(client, name, ...args),
  }) as unknown as ClientWithSend<Ops, Id>;
