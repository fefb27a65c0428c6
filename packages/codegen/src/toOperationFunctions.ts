import type { LoadedService } from './awsModel.js';
import { clientModule } from './clientModule.js';
import { operationFunctionName } from './clientNames.js';
import { identifier, quote } from './identifiers.js';
import type { ServiceConfig } from './services.js';

/**
 * One exported function per operation, binding its runtime schema to the runtime's `operation` factory,
 * typed by the operation map and the service id. Each export references only its own schema and is marked
 * pure, so a bundler keeps just the operations a program calls.
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/iam.operations.functions.ts', toOperationFunctions(loaded, iamConfig));
 * ```
 */
export const toOperationFunctions = (loaded: LoadedService, config: ServiceConfig): string => {
  const { model } = loaded;
  const names = Object.keys(model.operations);
  const map = `${config.typePrefix}Operations`;
  const exports = names.map((name) => {
    const link = `{@link ${config.docsUrl.replace('{op}', name)} | ${name}}`;
    const deprecated = model.operations[name]!.deprecated
      ? ' @deprecated AWS marks this operation deprecated.'
      : '';
    return `/** ${link}${deprecated} */\nexport const ${operationFunctionName(name)} = /* @__PURE__ */ operation<${map}[${quote(name)}], ${quote(config.id)}>(${identifier(name)});`;
  });
  return clientModule(loaded, config, {
    what: `Every ${model.metadata.serviceId} operation as a function taking the client first.`,
    factory: 'operation',
    types: [[map, 'operations']],
    names: names.map(identifier),
    module: 'runtime',
    body: exports,
    separator: '\n\n',
  });
};
