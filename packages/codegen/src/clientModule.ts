import type { LoadedService } from './awsModel.js';
import { generatedHeader } from './header.js';
import { quote } from './identifiers.js';
import { RUNTIME_MODULE, type ServiceConfig } from './services.js';

/** What one generated client module holds; see {@link clientModule}. */
export interface ClientModuleSpec {
  /** First header line. */
  readonly what: string;
  /** The runtime factory the exports call (`operation`, `paginator`, `waiter`). */
  readonly factory: string;
  /** Names bound from a sibling generated module (`<fileBase>.<module>.js`). */
  readonly names: readonly string[];
  readonly module: string;
  /** Type-only imports from sibling generated modules, as `[names, module]`. */
  readonly types?: readonly (readonly [string, string])[];
  /** One export each. */
  readonly body: readonly string[];
  readonly separator?: string;
}

/**
 * A generated client module: header, the runtime factory it calls (from `@iamkit/runtime`, never from
 * hand-written code of the package), the names it binds from a sibling generated module, then the exports.
 */
export const clientModule = (loaded: LoadedService, config: ServiceConfig, spec: ClientModuleSpec) =>
  [
    generatedHeader(config, loaded.botocoreVersion, spec.what),
    `import { ${spec.factory} } from ${quote(RUNTIME_MODULE)};`,
    ...(spec.types ?? []).map(
      ([names, module]) => `import type { ${names} } from './${config.fileBase}.${module}.js';`,
    ),
    `import { ${spec.names.join(', ')} } from './${config.fileBase}.${spec.module}.js';`,
    '',
    spec.body.join(spec.separator ?? '\n'),
    '',
  ].join('\n');
