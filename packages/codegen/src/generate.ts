import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CodegenError } from './CodegenError.js';
import { generatedHeader } from './header.js';
import { stringifyJson } from './json.js';
import { loadService, type ModelSource } from './loadService.js';
import { SERVICES, type ServiceConfig } from './services.js';
import { toOpenApi } from './toOpenApi.js';
import { toOperationFunctions } from './toOperationFunctions.js';
import { toOperationMap } from './toOperationMap.js';
import { toOperationSchemas } from './toOperationSchemas.js';
import { toPaginators } from './toPaginators.js';
import { toRuntime } from './toRuntime.js';
import { toTypes } from './toTypes.js';
import { toWaiters } from './toWaiters.js';
import { formatProblems, type ValidationResult, validateDocument } from './validateDocument.js';

export interface GenerateOptions {
  /** Repository root. */
  readonly root: string;
  readonly source: ModelSource;
  readonly services?: readonly ServiceConfig[];
  /** Called with each document's lint result (errors are empty by then), e.g. to print warning counts. */
  readonly onValidated?: (config: ServiceConfig, result: ValidationResult, operations: number) => void;
}

/** Generated file contents keyed by path relative to the repository root. */
export type GeneratedFiles = Map<string, string>;

/**
 * Builds every generated file in memory. Each OpenAPI document must lint without errors before anything is
 * returned, so a broken document never reaches the tree.
 *
 * @example
 * ```ts
 * const files = await generateFiles({ root, source: locateBotocore() });
 * writeFiles(root, files);
 * ```
 */
export const generateFiles = async (options: GenerateOptions): Promise<GeneratedFiles> => {
  const files: GeneratedFiles = new Map();
  for (const config of options.services ?? SERVICES) {
    const loaded = loadService(options.source, config.id, config.apiVersion);
    const document = toOpenApi(loaded, config);
    const result = await validateDocument(document, config.fileBase);
    if (result.errors.length) {
      throw new CodegenError(
        `${config.id}: the OpenAPI document has errors:\n${formatProblems(result.errors)}`,
      );
    }
    options.onValidated?.(config, result, Object.keys(loaded.model.operations).length);
    const generated = join(config.packageDir, 'src', 'generated');
    const header = (what: string) => generatedHeader(config, loaded.botocoreVersion, what);
    files.set(join(config.packageDir, 'openapi', `${config.fileBase}.openapi.json`), stringifyJson(document));
    files.set(
      join(generated, `${config.fileBase}.ts`),
      `${header(`Types of ${loaded.model.metadata.serviceFullName}, from its OpenAPI document by openapi-typescript.`)}\n${await toTypes(document)}`,
    );
    files.set(join(generated, `${config.fileBase}.runtime.ts`), toRuntime(loaded, config));
    files.set(join(generated, `${config.fileBase}.operations.ts`), toOperationMap(loaded, config));
    files.set(join(generated, `${config.fileBase}.operationSchemas.ts`), toOperationSchemas(loaded, config));
    files.set(
      join(generated, `${config.fileBase}.operations.functions.ts`),
      toOperationFunctions(loaded, config),
    );
    if (Object.keys(loaded.paginators.pagination).length) {
      files.set(join(generated, `${config.fileBase}.paginators.ts`), toPaginators(loaded, config));
    }
    if (Object.keys(loaded.waiters.waiters).length) {
      files.set(join(generated, `${config.fileBase}.waiters.ts`), toWaiters(loaded, config));
    }
  }
  return files;
};

/** Writes generated files under `outRoot` (the repository root, or a scratch folder to compare against). */
export const writeFiles = (outRoot: string, files: GeneratedFiles): void => {
  for (const [path, content] of files) {
    const target = join(outRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
};
