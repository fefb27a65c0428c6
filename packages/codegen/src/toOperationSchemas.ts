import type { LoadedService } from './awsModel.js';
import { generatedHeader } from './header.js';
import { identifier, quote } from './identifiers.js';
import { RUNTIME_MODULE, type ServiceConfig } from './services.js';

/**
 * Every operation's runtime schema by operation name, and `send` over them for by-name dispatch
 * (`send(client, 'ListUsers')`).
 * A plain object of the operation constants only: a namespace import of the runtime module would also
 * reach every shape constant, which costs a Node process milliseconds to set up at load.
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/iam.operationSchemas.ts', toOperationSchemas(loaded, iamConfig));
 * ```
 */
export const toOperationSchemas = (loaded: LoadedService, config: ServiceConfig): string => {
  const { model } = loaded;
  const names = Object.keys(model.operations).map(identifier);
  const prefix = config.typePrefix;
  const constName = `${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}OperationSchemas`;
  return [
    generatedHeader(
      config,
      loaded.botocoreVersion,
      `Runtime schema of each ${model.metadata.serviceId} operation, by name.`,
    ),
    `import { type OperationSchema, sender } from ${quote(RUNTIME_MODULE)};`,
    `import type { ${prefix}OperationName, ${prefix}Operations } from './${config.fileBase}.operations.js';`,
    `import { ${names.join(', ')} } from './${config.fileBase}.runtime.js';`,
    '',
    `/** Every ${model.metadata.serviceId} operation's runtime schema, keyed by operation name. */`,
    `export const ${constName}: Readonly<Record<${prefix}OperationName, OperationSchema>> = {`,
    ...names.map((name) => `  ${name},`),
    '};',
    '',
    `/** Calls any ${model.metadata.serviceId} operation by name: \`send(client, ${quote(Object.keys(model.operations)[0]!)}, input)\`. References every schema. */`,
    `export const send = /* @__PURE__ */ sender<${prefix}Operations, ${quote(config.id)}>(${constName});`,
    '',
  ].join('\n');
};
