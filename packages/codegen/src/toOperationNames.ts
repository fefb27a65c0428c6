import type { LoadedService } from './awsModel.js';
import { generatedHeader } from './header.js';
import { quote } from './identifiers.js';
import type { ServiceConfig } from './services.js';

/**
 * The list of a service's operation names, in model order, typed against its operation map: for
 * by-name dispatch, completeness checks and tooling, without pulling in any schema.
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/sts.operationNames.ts', toOperationNames(loaded, stsConfig));
 * ```
 */
export const toOperationNames = (loaded: LoadedService, config: ServiceConfig): string => {
  const { model } = loaded;
  const prefix = config.typePrefix;
  return [
    generatedHeader(config, loaded.botocoreVersion, `Operation names of ${model.metadata.serviceId}.`),
    `import type { ${prefix}OperationName } from './${config.fileBase}.operations.js';`,
    '',
    `/** Every ${model.metadata.serviceId} operation name, in model order. */`,
    `export const ${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}OperationNames: readonly ${prefix}OperationName[] = [`,
    ...Object.keys(model.operations).map((name) => `  ${quote(name)},`),
    '];',
    '',
  ].join('\n');
};
