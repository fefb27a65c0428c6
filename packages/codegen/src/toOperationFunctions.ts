import type { LoadedService } from './awsModel.js';
import { type ClientServiceConfig, clientModule } from './clientModule.js';
import { operationFunctionName } from './clientNames.js';
import { identifier, quote } from './identifiers.js';

/**
 * One exported function per operation, binding its runtime schema to the client runtime's `operation`
 * factory (`config.clientRuntime.operation`). Each export references only its own schema and is marked
 * pure, so a bundler keeps just the operations a program calls.
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/iam.operations.functions.ts', toOperationFunctions(loaded, iamConfig));
 * ```
 */
export const toOperationFunctions = (loaded: LoadedService, config: ClientServiceConfig): string => {
  const { model } = loaded;
  const names = Object.keys(model.operations);
  const exports = names.map((name) => {
    const link = `{@link ${config.docsUrl.replace('{op}', name)} | ${name}}`;
    const deprecated = model.operations[name]!.deprecated
      ? ' @deprecated AWS marks this operation deprecated.'
      : '';
    return `/** ${link}${deprecated} */\nexport const ${operationFunctionName(name)} = /* @__PURE__ */ operation<${quote(name)}>(${identifier(name)});`;
  });
  return clientModule(loaded, config, {
    what: `Every ${model.metadata.serviceId} operation as a function taking the client first.`,
    factory: 'operation',
    names: names.map(identifier),
    module: 'runtime',
    body: exports,
    separator: '\n\n',
  });
};
