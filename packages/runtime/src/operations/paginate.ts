import type { CallOptions } from '../client/ClientConfig.js';
import type { ServiceClient } from '../client/ServiceClient.js';
import { AwsParseError } from '../errors/AwsParseError.js';
import type { InputThenOptions, Operation, OperationTypes } from './operation.js';

/** Options of a paginator. */
export interface PaginateOptions extends CallOptions {
  /** Items per page (the operation's limit member: `MaxItems`, `Limit`, `MaxResults`...). */
  pageSize?: number;
  /** Stop after this many pages. */
  maxPages?: number;
}

/** The token members of one paginator, from botocore's paginators-1.json. */
export interface PaginatorSpec {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly limitKey?: string;
  /** A boolean member that says whether more pages follow (IAM's `IsTruncated`); else the token does. */
  readonly moreResults?: string;
  /** The list member(s) `items()` walks. */
  readonly resultKey: string | readonly string[];
}

type Page = Record<string, unknown>;
type Call = (client: ServiceClient, input: Page, options?: CallOptions) => Promise<Page>;

async function* pages(
  client: ServiceClient,
  call: Call,
  spec: PaginatorSpec,
  input: Page,
  options: PaginateOptions,
) {
  const { pageSize, maxPages = Number.POSITIVE_INFINITY, ...callOptions } = options;
  let token = input[spec.inputToken];
  for (let page = 0; page < maxPages; page++) {
    const request = { ...input };
    if (pageSize !== undefined && spec.limitKey) request[spec.limitKey] = pageSize;
    if (token !== undefined) request[spec.inputToken] = token;
    const output = await call(client, request, callOptions);
    yield output;
    const next = output[spec.outputToken];
    if (spec.moreResults ? !output[spec.moreResults] : next === undefined || next === '') return;
    // A page that says "more" without a new token would loop forever.
    if (next === undefined || next === '' || next === token) {
      throw new AwsParseError(`A truncated page without a new ${spec.outputToken}; stopping pagination`);
    }
    token = next;
  }
}

/** Arguments of a paginator: like the operation's, with paginator options. */
export type PaginatorArgs<T extends OperationTypes> = InputThenOptions<T['input'], PaginateOptions>;

/** The items of a page: the elements of its result list(s). */
export type PageItem<T extends OperationTypes, K extends string> = K extends keyof T['output']
  ? NonNullable<T['output'][K]> extends readonly (infer Item)[]
    ? Item
    : never
  : never;

/** An async iterator over an operation's pages, with `items()` over the elements of their result lists. */
export type Paginator<T extends OperationTypes, Id extends string, K extends string = string> = ((
  client: ServiceClient<Id>,
  ...args: PaginatorArgs<T>
) => AsyncGenerator<T['output'], void, undefined>) & {
  readonly operationName: string;
  /** Every item of every page, fetching the next page only when the consumer asks for it. */
  readonly items: (
    client: ServiceClient<Id>,
    ...args: PaginatorArgs<T>
  ) => AsyncGenerator<PageItem<T, K>, void, undefined>;
};

/**
 * Makes a paginator from an operation and its tokens. The next page is requested only when the consumer
 * asks for it; iteration starts from the input's token when given (to resume).
 *
 * @example
 * ```ts
 * export const paginateListUsers = paginator(listUsers, { inputToken: 'Marker', outputToken: 'Marker', limitKey: 'MaxItems', moreResults: 'IsTruncated', resultKey: 'Users' });
 * for await (const user of paginateListUsers.items(client)) console.log(user.UserName);
 * ```
 */
export const paginator = <T extends OperationTypes, Id extends string, const K extends string>(
  call: Operation<T, Id>,
  spec: PaginatorSpec & { readonly resultKey: K | readonly K[] },
): Paginator<T, Id, K> => {
  const iterate = (client: ServiceClient<Id>, input?: object, options?: PaginateOptions) =>
    pages(client as ServiceClient, call as unknown as Call, spec, { ...input }, options ?? {});
  const keys = typeof spec.resultKey === 'string' ? [spec.resultKey] : spec.resultKey;
  async function* items(client: ServiceClient<Id>, input?: object, options?: PaginateOptions) {
    for await (const page of iterate(client, input, options)) {
      for (const key of keys) yield* (page[key] as unknown[] | undefined) ?? [];
    }
  }
  // The tuple type of the arguments depends on T, which TypeScript cannot check against `iterate`.
  return Object.assign(iterate, { operationName: call.operationName, items }) as unknown as Paginator<
    T,
    Id,
    K
  >;
};
