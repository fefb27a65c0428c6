import type { AwsPaginator, LoadedService } from './awsModel.js';
import { CodegenError } from './CodegenError.js';
import { type ClientServiceConfig, clientModule } from './clientModule.js';
import { operationFunctionName, paginatorName } from './clientNames.js';

/** The tokens the client runtime's `paginator` implements; any other paginator is refused, not mis-generated. */
const MARKER_PAGINATOR = {
  input_token: 'Marker',
  output_token: 'Marker',
  limit_key: 'MaxItems',
  more_results: 'IsTruncated',
} as const;

const checkTokens = (operation: string, p: AwsPaginator): void => {
  for (const [key, expected] of Object.entries(MARKER_PAGINATOR)) {
    const actual = p[key as keyof AwsPaginator];
    if (actual !== expected) {
      throw new CodegenError(
        `paginator ${operation}: ${key} is ${JSON.stringify(actual)}, the runtime implements only ${expected}`,
      );
    }
  }
};

/**
 * One async-iterator export per paginator in `paginators-1.json`, named `paginate` + operation, built from
 * that operation's function only (tree-shakeable like the operations).
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/iam.paginators.ts', toPaginators(loaded, iamConfig));
 * ```
 */
export const toPaginators = (loaded: LoadedService, config: ClientServiceConfig): string => {
  const { model, paginators } = loaded;
  const names = Object.keys(paginators.pagination).sort();
  for (const name of names) {
    if (!model.operations[name]) throw new CodegenError(`paginator ${name} names no operation of the model`);
    checkTokens(name, paginators.pagination[name]!);
  }
  const functions = names.map(operationFunctionName);
  const body = names.map(
    (name, i) => `export const ${paginatorName(name)} = /* @__PURE__ */ paginator(${functions[i]});`,
  );
  const what = `Paginators of ${model.metadata.serviceId} (botocore paginators-1.json).`;
  const module = 'operations.functions';
  return clientModule(loaded, config, { what, factory: 'paginator', names: functions, module, body: body });
};
