import type { IamCallOptions, IamClient } from '../client/IamClientConfig.js';
import { IamError } from '../errors/IamError.js';
import type { IamOperationName } from '../generated/iam.operations.js';
import type { IamInput, IamOperation, IamOutput, InputThenOptions } from './operation.js';

/** Options of a paginator. */
export interface PaginateOptions extends IamCallOptions {
  /** Items per page (`MaxItems`); AWS's default is 100. */
  pageSize?: number;
  /** Stop after this many pages. */
  maxPages?: number;
}

type Page = { IsTruncated?: boolean; Marker?: string };
type Call = (client: IamClient, input: Record<string, unknown>, options?: IamCallOptions) => Promise<Page>;

async function* pages(
  client: IamClient,
  call: Call,
  input: Record<string, unknown>,
  options: PaginateOptions,
) {
  const { pageSize, maxPages = Number.POSITIVE_INFINITY, ...callOptions } = options;
  let marker = input.Marker as string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const request = { ...input };
    if (pageSize !== undefined) request.MaxItems = pageSize;
    if (marker !== undefined) request.Marker = marker;
    const output = await call(client, request, callOptions);
    yield output;
    if (!output.IsTruncated) return;
    if (!output.Marker || output.Marker === marker) {
      // A truncated page without a new marker would loop forever.
      throw new IamError('IAM reported a truncated page without a new Marker; stopping pagination');
    }
    marker = output.Marker;
  }
}

/** Arguments of a paginator: like the operation's, with paginator options. */
export type PaginatorArgs<N extends IamOperationName> = InputThenOptions<N, PaginateOptions>;

/** An async iterator over an operation's pages. */
export type IamPaginator<N extends IamOperationName> = ((
  client: IamClient,
  ...args: PaginatorArgs<N>
) => AsyncGenerator<IamOutput<N>, void, undefined>) & { readonly operationName: N };

/**
 * Makes a paginator for a `Marker` / `IsTruncated` / `MaxItems` operation (all IAM paginators use
 * these tokens). The next page is requested only when the consumer asks for it; iteration starts
 * from `input.Marker` when given.
 */
export const paginator = <N extends IamOperationName>(call: IamOperation<N>): IamPaginator<N> => {
  const iterate = (client: IamClient, input?: IamInput<N>, options?: PaginateOptions) =>
    pages(client, call as unknown as Call, (input ?? {}) as Record<string, unknown>, options ?? {});
  // The tuple type of the arguments depends on N, which TypeScript cannot check against `iterate`.
  return Object.assign(iterate, { operationName: call.operationName }) as unknown as IamPaginator<N>;
};
