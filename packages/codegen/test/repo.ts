import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonObject } from '../src/json.js';
import type { ServiceConfig } from '../src/services.js';

/** The repository root, where the committed generated files live. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The committed OpenAPI document of a service. */
export const committedDocument = (config: ServiceConfig): JsonObject =>
  JSON.parse(
    readFileSync(join(repoRoot, config.packageDir, 'openapi', `${config.fileBase}.openapi.json`), 'utf8'),
  );

/** Path of a committed generated TypeScript file of a service. */
export const generatedPath = (config: ServiceConfig, file: string): string =>
  join(repoRoot, config.packageDir, 'src', 'generated', file);
