import type { IamClient } from '../client/IamClientConfig.js';
import { IamConfigError } from '../errors/IamConfigError.js';
import { iamOperationSchemas } from '../generated/iam.operationSchemas.js';
import type { IamOperationName } from '../generated/iam.operations.js';
import type { OperationSchema } from '../protocol/schema.js';
import type { IamOperationArgs, IamOutput } from './operation.js';

const lookup = (name: string): OperationSchema => {
  if (typeof name !== 'string' || !Object.hasOwn(iamOperationSchemas, name)) {
    throw new IamConfigError(`Unknown IAM operation: ${JSON.stringify(name)}`);
  }
  return iamOperationSchemas[name as IamOperationName];
};

/**
 * Calls any IAM operation by name. Convenient for dynamic callers, but it references every operation's
 * schema: browser bundles that care about size call the per-operation functions (`listUsers`) instead.
 *
 * @example
 * ```ts
 * const { Users } = await send(client, 'ListUsers', { MaxItems: 10 });
 * ```
 */
export const send = <N extends IamOperationName>(
  client: IamClient,
  name: N,
  ...[input, options]: IamOperationArgs<N>
): Promise<IamOutput<N>> => client.invoke(lookup(name), input, options) as Promise<IamOutput<N>>;

/** A client with a `send(name, input)` method; see {@link withSend}. */
export interface IamClientWithSend extends IamClient {
  send<N extends IamOperationName>(name: N, ...args: IamOperationArgs<N>): Promise<IamOutput<N>>;
}

/**
 * Adds `client.send('ListUsers', input)` to a client (and with it every operation schema to the bundle).
 *
 * @example
 * ```ts
 * const iam = withSend(createIamClient({ credentials }));
 * await iam.send('CreateUser', { UserName: 'alice' });
 * ```
 */
export const withSend = (client: IamClient): IamClientWithSend =>
  Object.assign(client, {
    send: <N extends IamOperationName>(name: N, ...args: IamOperationArgs<N>) => send(client, name, ...args),
  });
