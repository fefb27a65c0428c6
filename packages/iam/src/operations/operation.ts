import type { IamCallOptions, IamClient } from '../client/IamClientConfig.js';
import type { IamOperationName, IamOperations } from '../generated/iam.operations.js';
import type { OperationSchema } from '../protocol/schema.js';

/** Input of an IAM operation. */
export type IamInput<N extends IamOperationName> = IamOperations[N]['input'];
/** Output of an IAM operation (`{}` for operations that return nothing). */
export type IamOutput<N extends IamOperationName> = IamOperations[N]['output'];
/** Error codes the model lists for an operation; compare with `IamServiceError.code`. */
export type IamErrorCodeOf<N extends IamOperationName> = IamOperations[N]['errors'];

/** An operation's input, then options of type `O`; the input may be omitted when every member is optional. */
export type InputThenOptions<N extends IamOperationName, O> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "every member optional" here.
  {} extends IamInput<N> ? [input?: IamInput<N>, options?: O] : [input: IamInput<N>, options?: O];

/** Arguments of an operation call after the client. */
export type IamOperationArgs<N extends IamOperationName> = InputThenOptions<N, IamCallOptions>;

/** One callable IAM operation, e.g. `listUsers(client, input)`. */
export type IamOperation<N extends IamOperationName> = ((
  client: IamClient,
  ...args: IamOperationArgs<N>
) => Promise<IamOutput<N>>) & { readonly operationName: N };

/**
 * Binds an operation's runtime schema to a typed function. Called once per operation at module load
 * and marked pure, so bundlers drop every operation an application does not call.
 */
export const operation = <N extends IamOperationName>(schema: OperationSchema): IamOperation<N> =>
  Object.assign(
    (client: IamClient, input?: object, options?: IamCallOptions) =>
      client.invoke(schema, input, options) as Promise<IamOutput<N>>,
    { operationName: schema.name as N },
  );
