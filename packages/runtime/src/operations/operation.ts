import type { CallOptions } from '../client/ClientConfig.js';
import type { ServiceClient } from '../client/ServiceClient.js';
import type { OperationSchema } from '../schema.js';

/** The types of one operation, as the generated operation map lists them. */
export interface OperationTypes {
  input: object;
  output: object;
  errors: string;
}

/** An operation's input, then options of type `O`; the input may be omitted when every member is optional. */
export type InputThenOptions<I, O> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "every member optional" here.
  {} extends I ? [input?: I, options?: O] : [input: I, options?: O];

/** One callable operation of service `Id`, e.g. `listUsers(client, input)`. */
export type Operation<T extends OperationTypes, Id extends string> = ((
  client: ServiceClient<Id>,
  ...args: InputThenOptions<T['input'], CallOptions>
) => Promise<T['output']>) & {
  readonly operationName: string;
  /** The error codes the model lists; `isAwsServiceError(error, operation)` narrows `code` to them. */
  readonly errors: readonly T['errors'][];
};

/**
 * Binds an operation's runtime schema to a typed function. Called once per operation at module load and
 * marked pure, so bundlers drop every operation an application does not call.
 *
 * @example
 * ```ts
 * export const listUsers = operation<IamOperations['ListUsers'], 'iam'>(ListUsers);
 * ```
 */
export const operation = <T extends OperationTypes, Id extends string>(
  schema: OperationSchema,
): Operation<T, Id> =>
  Object.assign(
    (client: ServiceClient<Id>, input?: object, options?: CallOptions) =>
      client.invoke(schema, input, options) as Promise<T['output']>,
    { operationName: schema.name, errors: schema.errors as readonly T['errors'][] },
  );
