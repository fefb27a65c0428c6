import type { CallOptions } from '../client/ClientConfig.js';
import type { ServiceClient } from '../client/ServiceClient.js';
import type { InputThenOptions, OperationTypes } from './operation.js';
import type { Send } from './sender.js';

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
