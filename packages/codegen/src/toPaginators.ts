import type { AwsPaginator, LoadedService } from './awsModel.js';
import { CodegenError } from './CodegenError.js';
import { clientModule } from './clientModule.js';
import { operationFunctionName, paginatorName } from './clientNames.js';
import { quote } from './identifiers.js';
import type { ServiceConfig } from './services.js';

/** A token or key the runtime can read: one top-level member name (no lists of tokens, no paths). */
const member = (operation: string, key: string, value: unknown): string => {
  if (typeof value !== 'string' || !/^\w+$/.test(value)) {
    throw new CodegenError(
      `paginator ${operation}: ${key} ${JSON.stringify(value)} is not a single member name; the runtime reads only those`,
    );
  }
  return value;
};

/** The runtime's `PaginatorSpec` literal of one paginators-1.json entry. */
const specLiteral = (operation: string, p: AwsPaginator): string => {
  const resultKeys = (typeof p.result_key === 'string' ? [p.result_key] : (p.result_key ?? [])).map((k) =>
    member(operation, 'result_key', k),
  );
  if (!resultKeys.length) throw new CodegenError(`paginator ${operation}: no result_key`);
  const parts = [
    `inputToken: ${quote(member(operation, 'input_token', p.input_token))}`,
    `outputToken: ${quote(member(operation, 'output_token', p.output_token))}`,
  ];
  if (p.limit_key !== undefined)
    parts.push(`limitKey: ${quote(member(operation, 'limit_key', p.limit_key))}`);
  if (p.more_results !== undefined) {
    parts.push(`moreResults: ${quote(member(operation, 'more_results', p.more_results))}`);
  }
  const keys = resultKeys.map(quote);
  parts.push(`resultKey: ${keys.length === 1 ? keys[0] : `[${keys.join(', ')}]`}`);
  return `{ ${parts.join(', ')} }`;
};

/**
 * One async-iterator export per paginator in `paginators-1.json`, named `paginate` + operation, built from
 * that operation's function and its tokens (any names: `Marker`, `NextToken`, `PaginationToken`...), so
 * tree-shakeable like the operations. Each has `items()` beside the pages.
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/iam.paginators.ts', toPaginators(loaded, iamConfig));
 * ```
 */
export const toPaginators = (loaded: LoadedService, config: ServiceConfig): string => {
  const { model, paginators } = loaded;
  const names = Object.keys(paginators.pagination).sort();
  const body = names.map((name) => {
    if (!model.operations[name]) throw new CodegenError(`paginator ${name} names no operation of the model`);
    const spec = specLiteral(name, paginators.pagination[name]!);
    return `export const ${paginatorName(name)} = /* @__PURE__ */ paginator(${operationFunctionName(name)}, ${spec});`;
  });
  const what = `Paginators of ${model.metadata.serviceId} (botocore paginators-1.json).`;
  const functions = names.map(operationFunctionName);
  return clientModule(loaded, config, {
    what,
    factory: 'paginator',
    names: functions,
    module: 'operations.functions',
    body,
  });
};
